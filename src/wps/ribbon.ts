// Entry of the add-in's index.html, the page WPS loads in the background: the callbacks ribbon.xml names
// (ribbon.OnAddinLoad, ribbon.OnAction, ribbon.GetImage). The 宣传统计 button shows or hides one task pane
// holding the shared pane (taskpane.html); its id is kept in PluginStorage so every window finds it.
import type { RibbonControl, WpsAddinRoot } from './addinModel';

export const BUTTON_ID = 'btnPublicityLedger';
export const TASKPANE_KEY = 'publicityLedger.taskpaneId';
export const TASKPANE_PAGE = 'taskpane.html';

export interface Ribbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

/** Show the pane, creating it on first use; a second click hides it (like Office's task pane button). */
export function togglePane(root: WpsAddinRoot, baseUrl: string): void {
  const id = Number(root.PluginStorage.getItem(TASKPANE_KEY));
  if (id) {
    const pane = root.GetTaskPane(id);
    pane.Visible = !pane.Visible;
    return;
  }
  const pane = root.CreateTaskPane(new URL(TASKPANE_PAGE, baseUrl).href, '宣传统计');
  root.PluginStorage.setItem(TASKPANE_KEY, pane.ID);
  pane.Visible = true;
}

export function createRibbon(root: () => WpsAddinRoot, baseUrl: () => string): Ribbon {
  return {
    OnAddinLoad: () => true,
    OnAction: (control) => {
      if (control.Id === BUTTON_ID) togglePane(root(), baseUrl());
      return true;
    },
    GetImage: () => 'assets/icon-32.png',
  };
}

(window as unknown as { ribbon: Ribbon }).ribbon = createRibbon(
  () => (window as unknown as { Application: WpsAddinRoot }).Application,
  () => window.location.href,
);
