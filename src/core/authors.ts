// Author cells: several names in one cell, separated in every way people type them; spaces inside a name
// (padded two-character names such as 张　三) are not separators.
import { cleanText } from './text';

const LIST_SEPARATORS = /[、，,；;/／\\|｜\n\t]+/;

export interface AuthorEntry {
  name: string;
  /** bracketed remark after the name, e.g. 财经委 in 王伟（财经委）: tells apart people with the same name */
  hint: string;
}

export function splitAuthorEntries(raw: string): AuthorEntry[] {
  const out: AuthorEntry[] = [];
  for (const part of raw.replace(/\r\n?/g, '\n').split(LIST_SEPARATORS)) {
    const name = normalizeName(part);
    if (!name || out.some((e) => e.name === name)) continue;
    const hint = /[(（]([^)）]*)[)）]/.exec(part)?.[1] ?? '';
    out.push({ name, hint: cleanText(hint).replace(/\s/g, '') });
  }
  return out;
}

export function splitAuthors(raw: string): string[] {
  return splitAuthorEntries(raw).map((e) => e.name);
}

/** One name: half-width, no spaces at all, bracketed remarks such as （摄影） dropped. */
export function normalizeName(raw: string): string {
  return cleanText(raw).replace(/[(（][^)）]*[)）]/g, '').replace(/\s/g, '');
}

/** Units listed in one cell use the same separators as authors; each comes out as a unit name (unitName). */
export function splitUnits(raw: string): string[] {
  return raw.split(LIST_SEPARATORS).map(unitName).filter(Boolean);
}

/** Unit names compared without spaces and width differences; letter case kept for display (县融媒体中心APP). */
export function unitName(raw: string): string {
  return cleanText(raw).replace(/ /g, '');
}
