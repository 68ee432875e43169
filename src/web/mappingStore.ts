// The user's column-mapping override, remembered per file name in this browser (the web page has no
// Office.js document settings, where the add-in keeps it).
import type { MappingOverride } from '../core';

const PREFIX = '宣传稿件统计:mapping:';

/** localStorage may be missing or blocked (private mode, file://): then the override lives for this visit only. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadMapping(fileName: string): MappingOverride | undefined {
  const raw = storage()?.getItem(PREFIX + fileName);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as MappingOverride;
    return Array.isArray(parsed?.sheets) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveMapping(fileName: string, mapping: MappingOverride | undefined): void {
  const s = storage();
  if (!s) return;
  try {
    if (mapping) s.setItem(PREFIX + fileName, JSON.stringify(mapping));
    else s.removeItem(PREFIX + fileName);
  } catch {
    // quota exceeded or storage disabled: the override still applies to this visit
  }
}
