// An independent reader of a .docx for the tests: `unzip` takes the parts out, `xmllint` checks each XML part
// strictly, and saxes (namespace-aware) walks word/document.xml into paragraphs with their runs' fonts.
import { execFileSync } from 'child_process';
import { SaxesParser } from 'saxes';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function parts(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

export function partBytes(file: string, name: string): Buffer {
  // unzip reads the name as a wildcard pattern: [Content_Types].xml needs its brackets escaped
  return execFileSync('unzip', ['-p', file, name.replace(/[[\]*?]/g, '\\$&')], { maxBuffer: 64 << 20 });
}

export function part(file: string, name: string): string {
  return partBytes(file, name).toString('utf8');
}

/** xmllint --noout on every .xml/.rels part; returns the problems (empty when all parse). */
export function lintAll(file: string): string[] {
  const problems: string[] = [];
  for (const name of parts(file).filter((n) => /\.(xml|rels)$/.test(n))) {
    try {
      execFileSync('xmllint', ['--noout', '-'], { input: part(file, name), stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      problems.push(`${name}: ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
  }
  return problems;
}

export interface Run { text: string; eastAsia?: string; ascii?: string; size?: number; bold: boolean }
export interface Para { text: string; runs: Run[]; style: Record<string, string>; inTable: boolean }
export interface DocxBody {
  paragraphs: Para[];
  tables: number;
  images: number;
  /** attributes of w:pgSz and w:pgMar (local names) */
  pageSize: Record<string, string>;
  pageMargin: Record<string, string>;
}

/** Walks word/document.xml with a strict namespace-aware parser (throws on malformed XML). */
export function readBody(xml: string): DocxBody {
  const body: DocxBody = { paragraphs: [], tables: 0, images: 0, pageSize: {}, pageMargin: {} };
  const parser = new SaxesParser({ xmlns: true });
  let para: Para | null = null;
  let run: Run | null = null;
  let inText = false;
  let tableDepth = 0;
  let inPPr = false;
  const attrs = (node: { attributes: Record<string, { local: string; uri: string; value: string }> }) =>
    Object.fromEntries(Object.values(node.attributes).filter((a) => a.uri === W).map((a) => [a.local, a.value]));
  parser.on('opentag', (node) => {
    if (node.uri === 'http://schemas.openxmlformats.org/drawingml/2006/main' && node.local === 'blip') body.images++;
    if (node.uri !== W) return;
    const a = attrs(node as never);
    switch (node.local) {
      case 'tbl': tableDepth++; body.tables++; break;
      case 'p': para = { text: '', runs: [], style: {}, inTable: tableDepth > 0 }; break;
      case 'pPr': inPPr = true; break;
      case 'jc': case 'ind': case 'spacing': if (para && inPPr) for (const [k, v] of Object.entries(a)) para.style[`${node.local}.${k}`] = v; break;
      case 'r': run = { text: '', bold: false }; break;
      case 'rFonts': if (run) { run.eastAsia = a.eastAsia; run.ascii = a.ascii; } break;
      case 'sz': if (run) run.size = Number(a.val); break;
      case 'b': if (run) run.bold = a.val !== 'false' && a.val !== '0'; break;
      case 't': inText = true; break;
      case 'pgSz': body.pageSize = a; break;
      case 'pgMar': body.pageMargin = a; break;
      default:
    }
  });
  parser.on('text', (t) => { if (inText && run) run.text += t; });
  parser.on('closetag', (node) => {
    if (node.uri !== W) return;
    if (node.local === 't') inText = false;
    else if (node.local === 'pPr') inPPr = false;
    else if (node.local === 'r' && run && para) { para.runs.push(run); para.text += run.text; run = null; }
    else if (node.local === 'p' && para) { body.paragraphs.push(para); para = null; }
    else if (node.local === 'tbl') tableDepth--;
  });
  parser.write(xml).close();
  return body;
}
