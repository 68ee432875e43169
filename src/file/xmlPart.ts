// The small package parts (workbook.xml, .rels, [Content_Types].xml, docProps) are edited through a
// namespace-aware DOM (@xmldom/xmldom, which runs in Node and in the browser bundle alike): new elements
// take whatever prefix the producer bound to the namespace in scope, and a parse error stops the run.
// Big sheet XML never comes here; it stays on the streaming path.
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { FileReadError } from './errors';
import { damagedPartMessage, partLabel } from './partCheck';

export type { Document, Element };

const NS_XMLNS = 'http://www.w3.org/2000/xmlns/';
const ELEMENT_NODE = 1;

/** Parse a package part; any well-formedness or namespace error becomes a Chinese message naming it. */
export function parsePart(xml: string, path: string): Document {
  const fail = (): never => {
    throw new FileReadError(damagedPartMessage(partLabel(path)), 'damaged');
  };
  const parser = new DOMParser({
    onError: (level) => {
      if (level !== 'warning') fail();
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml.replace(/^\uFEFF/, ''), 'application/xml');
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    return fail();
  }
  if (!doc.documentElement) fail();
  return doc;
}

export function serializePart(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Element children of `parent` with the local name (any namespace, so odd producers still match). */
export function childElements(parent: Node, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && (!localName || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}

function prefixInScope(at: Element, ns: string): string | null {
  if (at.isDefaultNamespace(ns)) return '';
  return at.lookupPrefix(ns);
}

/** A prefix not bound at `at` (so a declaration on a new element cannot shadow anything in use). */
function freePrefix(at: Element, wanted: string): string {
  let p = wanted;
  for (let n = 2; at.lookupNamespaceURI(p) !== null; n++) p = `${wanted}${n}`;
  return p;
}

/**
 * A new element in the namespace of `parent`'s children: same namespace URI and the prefix (or default
 * namespace) the source uses for it where it will be inserted.
 */
export function createChild(parent: Element, localName: string, ns = parent.namespaceURI): Element {
  const doc = parent.ownerDocument!;
  if (!ns) return doc.createElement(localName);
  const prefix = prefixInScope(parent, ns);
  if (prefix !== null) return doc.createElementNS(ns, prefix ? `${prefix}:${localName}` : localName);
  // not bound here: declare a prefix on the element itself
  const p = freePrefix(parent, 'x');
  const el = doc.createElementNS(ns, `${p}:${localName}`);
  el.setAttributeNS(NS_XMLNS, `xmlns:${p}`, ns);
  return el;
}

/**
 * Set a namespaced attribute (e.g. r:id) on `el` (already inserted, or about to be under `parent`) with
 * the prefix bound to `ns` in scope; when none is, declare `wanted` (or a free variant) on the element,
 * as openpyxl does for each <sheet>.
 */
export function setNsAttr(el: Element, parent: Element, ns: string, wanted: string, localName: string, value: string): void {
  let prefix = parent.lookupPrefix(ns);
  if (!prefix) {
    prefix = freePrefix(parent, wanted);
    el.setAttributeNS(NS_XMLNS, `xmlns:${prefix}`, ns);
  }
  el.setAttributeNS(ns, `${prefix}:${localName}`, value);
}

/** Append element children and the given attributes in one go. */
export function appendChild(parent: Element, localName: string, attrs: Record<string, string>, before: Node | null = null): Element {
  const el = createChild(parent, localName);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.insertBefore(el, before);
  return el;
}
