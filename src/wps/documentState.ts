// Small workbook-level operations: the remembered mapping override (custom document properties, saved with
// the file) and selecting a cell for the 校验 list.
import type { MappingOverride } from '../core';
import { documentProperties, sheetAt, type EtDocumentProperties, type EtDocumentProperty } from './etModel';
import { toWpsError } from './errors';
import { activeWorkbook, type WpsRuntime } from './runtime';

export const MAPPING_PROPERTY = 'publicityLedger.mappingOverride';
/** Excel-format document properties hold at most 255 characters of text: longer JSON is split in parts. */
export const PART_LENGTH = 250;
const MSO_PROPERTY_TYPE_STRING = 4;

function ours(props: EtDocumentProperties): EtDocumentProperty[] {
  const found: EtDocumentProperty[] = [];
  for (let i = 1; i <= props.Count; i++) {
    const p = props.Item(i);
    if (p.Name.startsWith(`${MAPPING_PROPERTY}.`)) found.push(p);
  }
  return found.sort((a, b) => partIndex(a) - partIndex(b));
}

function partIndex(p: EtDocumentProperty): number {
  return Number(p.Name.slice(MAPPING_PROPERTY.length + 1));
}

export async function loadMappingOverride(rt: WpsRuntime): Promise<MappingOverride | undefined> {
  const parts = ours(documentProperties(activeWorkbook(rt)));
  if (!parts.length) return undefined;
  try {
    return JSON.parse(parts.map((p) => String(p.Value)).join('')) as MappingOverride;
  } catch {
    return undefined; // a damaged property is ignored: detection runs as if none were saved
  }
}

export async function saveMappingOverride(rt: WpsRuntime, mapping: MappingOverride | undefined): Promise<void> {
  try {
    const props = documentProperties(activeWorkbook(rt));
    for (const p of ours(props)) p.Delete();
    if (!mapping) return;
    const json = JSON.stringify(mapping);
    for (let i = 0; i * PART_LENGTH < json.length; i++) {
      props.Add(`${MAPPING_PROPERTY}.${i + 1}`, false, MSO_PROPERTY_TYPE_STRING, json.slice(i * PART_LENGTH, (i + 1) * PART_LENGTH));
    }
  } catch (e) {
    throw toWpsError(e);
  }
}

export async function selectCell(rt: WpsRuntime, sheet: string, address: string): Promise<void> {
  try {
    const ws = sheetAt(activeWorkbook(rt), sheet);
    ws.Activate();
    ws.Range(address).Select();
  } catch (e) {
    throw toWpsError(e);
  }
}
