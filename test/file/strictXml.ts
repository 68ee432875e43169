// Independent checks of a written package: every XML part must parse with a strict namespace-aware
// parser (saxes with xmlns: an unbound prefix is an error), and the parts we did not mean to change
// must be byte-identical to the original's.
import { SaxesParser } from 'saxes';
import { ZipArchive } from '../../src/file/zip';

/** Parse errors of one XML text, [] when it is well-formed and namespace-well-formed. */
export function strictErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml.replace(/^\ufeff/, '')).close();
  return errors;
}

/** name -> errors for every .xml / .rels part of the package that does not parse strictly. */
export async function packageXmlErrors(data: Uint8Array): Promise<Record<string, string[]>> {
  const zip = new ZipArchive(data);
  const out: Record<string, string[]> = {};
  for (const e of zip.entries) {
    if (!/\.(xml|rels)$/i.test(e.name)) continue;
    const errors = strictErrors(new TextDecoder().decode(await zip.read(e)));
    if (errors.length) out[e.name] = errors;
  }
  return out;
}

/** Names of the original's parts (other than `edited`) whose bytes differ or that are gone. */
export async function changedParts(original: Uint8Array, result: Uint8Array, edited: RegExp): Promise<string[]> {
  const a = new ZipArchive(original);
  const b = new ZipArchive(result);
  const changed: string[] = [];
  for (const e of a.entries) {
    if (edited.test(e.name)) continue;
    const f = b.find(e.name);
    if (!f || Buffer.compare(Buffer.from(await a.read(e)), Buffer.from(await b.read(f))) !== 0) changed.push(e.name);
  }
  return changed;
}

export interface OutlineElement {
  depth: number; // 0 = root
  uri: string;
  local: string;
  prefix: string;
  /** attributes by `{uri}local` (no namespace: just local) */
  attrs: Record<string, string>;
  text: string;
}

/** The elements down to `maxDepth`, in document order, as the strict namespace-aware parser sees them. */
export function outline(xml: string, maxDepth: number): OutlineElement[] {
  const out: OutlineElement[] = [];
  const open: Array<OutlineElement | null> = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    const depth = open.length;
    let el: OutlineElement | null = null;
    if (depth <= maxDepth) {
      const attrs: Record<string, string> = {};
      for (const a of Object.values(tag.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
      el = { depth, uri: tag.uri ?? '', local: tag.local ?? '', prefix: tag.prefix ?? '', attrs, text: '' };
      out.push(el);
    }
    open.push(el);
  });
  parser.on('text', (t) => {
    const el = open[open.length - 1];
    if (el) el.text += t;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml.replace(/^\ufeff/, '')).close();
  return out;
}
