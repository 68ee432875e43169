// Small workbook-level operations: the remembered mapping override (workbook settings, saved with the file)
// and selecting a cell for the 校验 list.
import type { MappingOverride } from '../../core';
import { toHostError } from './errors';
import type { ExcelRuntime } from './runtime';

export const MAPPING_SETTING = 'publicityLedger.mappingOverride';

export async function loadMappingOverride(rt: ExcelRuntime): Promise<MappingOverride | undefined> {
  return rt.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(MAPPING_SETTING).load('isNullObject,value');
    await context.sync();
    if (item.isNullObject || typeof item.value !== 'string') return undefined;
    try {
      return JSON.parse(item.value) as MappingOverride;
    } catch {
      return undefined; // a damaged setting is ignored: detection runs as if none were saved
    }
  });
}

export async function saveMappingOverride(rt: ExcelRuntime, mapping: MappingOverride | undefined): Promise<void> {
  try {
    await rt.run(async (context) => {
      const settings = context.workbook.settings;
      if (mapping) {
        settings.add(MAPPING_SETTING, JSON.stringify(mapping));
      } else {
        const item = settings.getItemOrNullObject(MAPPING_SETTING).load('isNullObject');
        await context.sync();
        if (!item.isNullObject) item.delete();
      }
      await context.sync();
    });
  } catch (e) {
    throw toHostError(e);
  }
}

export async function selectCell(rt: ExcelRuntime, sheet: string, address: string): Promise<void> {
  try {
    await rt.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    throw toHostError(e);
  }
}
