// The slice of the WPS 加载项 root object (the global `Application` beside the ET model) that the ribbon uses:
// task panes and the storage shared by the add-in's pages. Checked against Kingsoft's typings like etModel.ts.
/// <reference types="et-jsapi-declare" />

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

export interface WpsPluginStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: number | boolean | string): void;
}

export interface WpsAddinRoot {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: WpsPluginStorage;
}

/** What a ribbon callback receives: the id of the control from ribbon.xml. */
export interface RibbonControl {
  Id: string;
}

type Satisfies<Official, Slice> = [Official] extends [Slice] ? true : never;
export type AddinTypingsCheck = [Satisfies<WPS.AddonRoot, WpsAddinRoot>, Satisfies<WPS.CustomTaskpane, WpsTaskPane>];
export const ADDIN_TYPINGS_OK: AddinTypingsCheck = [true, true];
