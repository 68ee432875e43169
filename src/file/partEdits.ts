// Edits of the package-level parts ([Content_Types].xml and any .rels part) through a namespace-aware
// DOM (see xmlPart.ts): new elements take the producer's own prefix for the namespace, whatever it is.
import { childElements, createChild, parsePart, serializePart, type Document } from './xmlPart';

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

export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
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

const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A small part held as a DOM; `xml` serialises it (only parts we change are re-serialised). */
class DomPart {
  readonly doc: Document;

  constructor(xml: string, path: string) {
    this.doc = parsePart(xml, path);
  }

  get xml(): string {
    return serializePart(this.doc);
  }

  get root() {
    return this.doc.documentElement!;
  }
}

export class ContentTypes extends DomPart {
  constructor(xml: string) {
    super(xml || `${XML_DECL}<Types xmlns="${NS_CONTENT_TYPES}"/>`, '[Content_Types].xml');
  }

  addOverride(partPath: string, type: string): void {
    this.removeOverride(partPath);
    const el = createChild(this.root, 'Override');
    el.setAttribute('PartName', `/${partPath}`);
    el.setAttribute('ContentType', type);
    this.root.appendChild(el);
  }

  /** Part names are compared case-insensitively, as OPC requires. */
  removeOverride(partPath: string): void {
    const lower = `/${partPath}`.toLowerCase();
    for (const o of childElements(this.root, 'Override')) {
      if ((o.getAttribute('PartName') ?? '').toLowerCase() === lower) this.root.removeChild(o);
    }
  }
}

export class RelsPart extends DomPart {
  constructor(xml: string, path = '_rels/.rels') {
    super(xml, path);
  }

  static empty(): RelsPart {
    return new RelsPart(`${XML_DECL}<Relationships xmlns="${NS_PACKAGE_RELS}"/>`);
  }

  /** Adds a relationship and returns its new unique id; strict packages get strict relationship types. */
  add(type: string, target: string, strict = this.isStrict()): string {
    const ids = new Set(childElements(this.root, 'Relationship').map((r) => r.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const el = createChild(this.root, 'Relationship');
    el.setAttribute('Id', id);
    el.setAttribute('Type', strict ? type.replace(`${NS_REL}/`, `${NS_REL_STRICT}/`) : type);
    el.setAttribute('Target', target);
    this.root.appendChild(el);
    return id;
  }

  private isStrict(): boolean {
    return childElements(this.root, 'Relationship').some((r) => (r.getAttribute('Type') ?? '').startsWith(STRICT_BASE));
  }

  /** Drop the relationships whose type ends with `/typeName` (e.g. calcChain). */
  removeType(typeName: string): void {
    for (const r of childElements(this.root, 'Relationship')) {
      if ((r.getAttribute('Type') ?? '').endsWith(`/${typeName}`)) this.root.removeChild(r);
    }
  }
}

/** [Content_Types].xml with an Override for `partName` (replacing any for the same part). */
export function addOverride(contentTypesXml: string, partName: string, contentType: string): string {
  const ct = new ContentTypes(contentTypesXml);
  ct.addOverride(partName.replace(/^\//, ''), contentType);
  return ct.xml;
}

/** Any part's .rels with one more relationship (the rels part is created when `relsXml` is null). */
export function addRelationship(relsXml: string | null, type: string, target: string): { xml: string; id: string } {
  const rels = relsXml ? new RelsPart(relsXml) : RelsPart.empty();
  const id = rels.add(type, target);
  return { xml: rels.xml, id };
}
