// Small in-place edits of package-level XML parts ([Content_Types].xml, .rels, workbook.xml), made as
// string splices so that everything we do not touch stays byte-identical.
import { escapeXml, findTags } from './xml';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
};

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Insert `text` just before the last closing tag `</name>` (any prefix). */
export function insertBeforeClose(xml: string, name: string, text: string): string {
  const re = new RegExp(`</(\\w+:)?${name}>`, 'g');
  let at = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) at = m.index;
  if (at < 0) throw new Error(`missing </${name}>`);
  return xml.slice(0, at) + text + xml.slice(at);
}

export class ContentTypes {
  constructor(public xml: string) {}

  addOverride(partPath: string, type: string): void {
    this.removeOverride(partPath);
    this.xml = insertBeforeClose(this.xml, 'Types', `<Override PartName="/${escapeXml(partPath)}" ContentType="${type}"/>`);
  }

  removeOverride(partPath: string): void {
    const lower = `/${partPath}`.toLowerCase();
    this.xml = this.xml.replace(/<Override\b[^>]*?\/>/g, (tag) => {
      const name = /PartName="([^"]*)"/.exec(tag)?.[1] ?? '';
      return name.toLowerCase() === lower ? '' : tag;
    });
  }
}

export class RelsPart {
  constructor(public xml: string) {}

  static empty(): RelsPart {
    return new RelsPart(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    );
  }

  /** Adds a relationship and returns its new unique id. */
  add(type: string, target: string): string {
    const ids = new Set(findTags(this.xml, 'Relationship').map((r) => r.Id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.xml = insertBeforeClose(this.xml, 'Relationships', `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`);
    return id;
  }
}

/** The prefix bound to the relationships namespace in workbook.xml, declaring `r` if it is absent. */
export function relPrefix(workbookXml: string): { xml: string; prefix: string } {
  const m = new RegExp(`xmlns:(\\w+)="${NS_REL}"`).exec(workbookXml);
  if (m) return { xml: workbookXml, prefix: m[1] };
  const xml = workbookXml.replace(/<((?:\w+:)?workbook)\b/, `<$1 xmlns:r="${NS_REL}"`);
  return { xml, prefix: 'r' };
}

/** Prefix of the spreadsheetml elements in workbook.xml ('' or e.g. 'x:'). */
export function mainPrefix(workbookXml: string): string {
  return /<(\w+:)?workbook[\s>]/.exec(workbookXml)?.[1] ?? '';
}
