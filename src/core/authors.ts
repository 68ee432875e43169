// Author cells: several names in one cell, separated in every way people type them; spaces inside a name
// (padded two-character names such as 张　三) are not separators.
import { cleanText, onlyIdeographs } from './text';

const LIST_SEPARATORS = /[、，,；;/／\\|｜\n\t]+/;

export interface AuthorEntry {
  name: string;
  /** bracketed remark after the name, e.g. 财经委 in 王伟（财经委）: tells apart people with the same name */
  hint: string;
}

export function splitAuthorEntries(raw: string): AuthorEntry[] {
  // most cells are one name of ideographs: nothing to split or normalise (a regex split per cell was a fifth of
  // the validation's garbage), and an array of one
  if (onlyIdeographs(raw)) return [{ name: raw, hint: '' }];
  const parts = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).split(LIST_SEPARATORS);
  const out: AuthorEntry[] = [];
  for (const part of parts) {
    const name = normalizeName(part);
    if (!name || hasName(out, name)) continue;
    const hint = name === part ? '' : /[(（]([^)）]*)[)）]/.exec(part)?.[1] ?? ''; // a name as typed has no remark
    out.push({ name, hint: hint && cleanText(hint).replace(/\s/g, '') });
  }
  return out;
}

function hasName(entries: readonly AuthorEntry[], name: string): boolean {
  for (const e of entries) if (e.name === name) return true;
  return false;
}

export function splitAuthors(raw: string): string[] {
  return splitAuthorEntries(raw).map((e) => e.name);
}

/** One name: half-width, no spaces at all, bracketed remarks such as （摄影） dropped. Most names are two to four CJK
 *  ideographs, which no step changes (a regex path per name was a fifth of the validation's garbage). */
export function normalizeName(raw: string): string {
  return onlyIdeographs(raw) ? raw : cleanText(raw).replace(/[(（][^)）]*[)）]/g, '').replace(/\s/g, '');
}

/** Units listed in one cell use the same separators as authors; each comes out as a unit name (unitName). */
export function splitUnits(raw: string): string[] {
  return raw.split(LIST_SEPARATORS).map(unitName).filter(Boolean);
}

/** Unit names compared without spaces and width differences; letter case kept for display (县融媒体中心APP). */
export function unitName(raw: string): string {
  return cleanText(raw).replace(/ /g, '');
}
