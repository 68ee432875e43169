// Small in-place edits of package-level XML parts ([Content_Types].xml, .rels, workbook.xml), made as
// string splices so that everything we do not touch stays byte-identical.
import { decodeXml, escapeXml, findTags, parseAttrs } from './xml';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const STRICT_BASE = 'http://purl.oclc.org/ooxml/';

/** True when a part uses ISO 29500 strict namespaces (then everything we add must use them too). */
export function isStrict(xml: string): boolean {
  return xml.includes(STRICT_BASE);
}

// Transitional -> strict namespace URIs of the parts we generate.
const STRICT_MAP: Array<[string, string]> = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', `${STRICT_BASE}spreadsheetml/main`],
  [NS_REL, NS_REL_STRICT],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', `${STRICT_BASE}drawingml/main`],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', `${STRICT_BASE}drawingml/chart`],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', `${STRICT_BASE}drawingml/spreadsheetDrawing`],
];

/** A generated part rewritten to strict namespaces, for strict packages. */
export function toStrict(xml: string): string {
  for (const [from, to] of STRICT_MAP) xml = xml.split(`"${from}`).join(`"${to}`);
  return xml;
}

/** Insert `text` just before the last closing tag `</name>` (any prefix). */
export function insertBeforeClose(xml: string, name: string, text: string): string {
  const re = new RegExp(`</([\\w.-]+:)?${name}\\s*>`, 'g');
  let at = -1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) at = m.index;
  if (at < 0) {
    // an empty element written as <name/>: open it up so it can take children
    const empty = new RegExp(`<(([\\w.-]+:)?${name})(\\s[^>]*?)?\\s*/>`).exec(xml);
    if (!empty) throw new Error(`missing </${name}>`);
    const open = `<${empty[1]}${empty[3] ?? ''}>`;
    return xml.slice(0, empty.index) + open + text + `</${empty[1]}>` + xml.slice(empty.index + empty[0].length);
  }
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * Prefix ('' or 'x:') to use for new elements under the root `rootName` of a part. The root's own prefix
 * is always declared on the root start tag, so children that use it are bound wherever we insert them.
 */
export function rootPrefix(xml: string, rootName: string): string {
  return new RegExp(`<(\\w[\\w.-]*:)?${rootName}[\\s/>]`).exec(xml)?.[1] ?? '';
}

/** The start tag text (attributes) of the root element `rootName`. */
function rootAttrs(xml: string, rootName: string): Record<string, string> {
  const m = new RegExp(`<(?:\\w[\\w.-]*:)?${rootName}(\\s[^>]*)?>`).exec(xml);
  return parseAttrs(m?.[1] ?? '');
}

export class ContentTypes {
  constructor(public xml: string) {}

  addOverride(partPath: string, type: string): void {
    this.removeOverride(partPath);
    const p = rootPrefix(this.xml, 'Types');
    this.xml = insertBeforeClose(this.xml, 'Types', `<${p}Override PartName="/${escapeXml(partPath)}" ContentType="${type}"/>`);
  }

  removeOverride(partPath: string): void {
    const lower = `/${partPath}`.toLowerCase();
    this.xml = this.xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*?\/>/g, (tag) => {
      const name = /PartName\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '';
      return decodeXml(name).toLowerCase() === lower ? '' : tag;
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

  /** Adds a relationship and returns its new unique id; strict packages get strict relationship types. */
  add(type: string, target: string, strict = isStrict(this.xml)): string {
    const ids = new Set(findTags(this.xml, 'Relationship').map((r) => r.Id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const t = strict ? type.replace(`${NS_REL}/`, `${NS_REL_STRICT}/`) : type;
    const p = rootPrefix(this.xml, 'Relationships');
    this.xml = insertBeforeClose(this.xml, 'Relationships', `<${p}Relationship Id="${id}" Type="${t}" Target="${escapeXml(target)}"/>`);
    return id;
  }
}

/**
 * How to write a relationship-id attribute on a new element of workbook.xml: the prefix bound to the
 * relationships namespace on the root if there is one, else a prefix declared on the element itself
 * (openpyxl, for one, declares xmlns:r on each <sheet>, not on the root, so the root has none).
 */
export function relAttr(workbookXml: string): { prefix: string; decl: string } {
  const uri = isStrict(workbookXml) ? NS_REL_STRICT : NS_REL;
  const attrs = rootAttrs(workbookXml, 'workbook');
  for (const [k, v] of Object.entries(attrs)) if (k.startsWith('xmlns:') && v === uri) return { prefix: k.slice(6), decl: '' };
  const main = rootPrefix(workbookXml, 'workbook');
  const prefix = main === 'r:' ? 'rel' : 'r';
  return { prefix, decl: ` xmlns:${prefix}="${uri}"` };
}

/** Prefix of the spreadsheetml elements in workbook.xml ('' or e.g. 'x:'). */
export function mainPrefix(workbookXml: string): string {
  return rootPrefix(workbookXml, 'workbook');
}
