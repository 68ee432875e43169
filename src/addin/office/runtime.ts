// The slice of Office.js the shell needs, injectable so tests can run it against an in-memory fake Excel.

export interface ExcelRuntime {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported: optional features above the manifest's minimum */
  isSetSupported(name: string, version: string): boolean;
}

export function officeRuntime(): ExcelRuntime {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Give the event loop back to the host between round trips so Excel never sees a pane busy for 5 s. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Features used only when the running Excel has them (the manifest requires ExcelApi 1.9). */
export interface OptionalFeatures {
  merges: boolean; // Range.getMergedAreasOrNullObject, ExcelApi 1.13
  customProperties: boolean; // Worksheet.customProperties, ExcelApi 1.12
}

export function optionalFeatures(rt: ExcelRuntime): OptionalFeatures {
  return {
    merges: rt.isSetSupported('ExcelApi', '1.13'),
    customProperties: rt.isSetSupported('ExcelApi', '1.12'),
  };
}
