// workbook.xml as a namespace-aware DOM: the writer adds <sheet> and <definedName> elements in the
// producer's own prefixes (default namespace, Open XML SDK's x:, strict OOXML URIs, r: declared per
// element as openpyxl does) and leaves everything else (mc:AlternateContent, extLst…) where it was.
import { NS_REL, NS_REL_STRICT } from './partEdits';
import { appendChild, childElements, createChild, parsePart, serializePart, setNsAttr, type Document, type Element } from './xmlPart';

// CT_Workbook children that come before <definedNames>, last first: a new block goes after the last present.
const BEFORE_DEFINED_NAMES = ['externalReferences', 'functionGroups', 'sheets'];

export class WorkbookPart {
  private readonly doc: Document;

  constructor(xml: string, path: string) {
    this.doc = parsePart(xml, path);
  }

  get xml(): string {
    return serializePart(this.doc);
  }

  private get root(): Element {
    return this.doc.documentElement!;
  }

  private child(localName: string): Element | undefined {
    return childElements(this.root, localName)[0];
  }

  private get relNs(): string {
    return (this.root.namespaceURI ?? '').startsWith('http://purl.oclc.org/') ? NS_REL_STRICT : NS_REL;
  }

  private sheetElements(): Element[] {
    const sheets = this.child('sheets');
    return sheets ? childElements(sheets, 'sheet') : [];
  }

  /** Names of the existing defined names (table names must not clash with them). */
  definedNameList(): string[] {
    const block = this.child('definedNames');
    return block ? childElements(block, 'definedName').map((d) => d.getAttribute('name') ?? '') : [];
  }

  addSheet(name: string, sheetId: number, rId: string, state?: string): void {
    let sheets = this.child('sheets');
    if (!sheets) {
      sheets = createChild(this.root, 'sheets');
      this.root.insertBefore(sheets, this.child('definedNames') ?? null);
    }
    const el = appendChild(sheets, 'sheet', { name, sheetId: String(sheetId), ...(state ? { state } : {}) });
    setNsAttr(el, sheets, this.relNs, 'r', 'id', rId);
  }

  /** The product's marker sheet must stay very hidden even if someone unhid it. */
  hideSheet(name: string): void {
    for (const s of this.sheetElements()) if (s.getAttribute('name') === name) s.setAttribute('state', 'veryHidden');
  }

  /** Drop sheet-scoped built-in names (print titles, filter ranges) of the sheets we rewrite. */
  dropBuiltinNames(sheetIndexes: Set<number>): void {
    const block = this.child('definedNames');
    if (!block) return;
    for (const d of childElements(block, 'definedName')) {
      const local = d.hasAttribute('localSheetId') ? Number(d.getAttribute('localSheetId')) : -1;
      if (sheetIndexes.has(local) && (d.getAttribute('name') ?? '').startsWith('_xlnm.')) block.removeChild(d);
    }
  }

  addDefinedName(name: string, localSheetId: number, formula: string): void {
    let block = this.child('definedNames');
    if (!block) {
      block = createChild(this.root, 'definedNames');
      const after = BEFORE_DEFINED_NAMES.map((n) => this.child(n)).find((e) => e);
      this.root.insertBefore(block, after ? after.nextSibling : this.root.firstChild);
    }
    const el = appendChild(block, 'definedName', { name, localSheetId: String(localSheetId) });
    el.appendChild(this.doc.createTextNode(formula));
  }
}
