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
