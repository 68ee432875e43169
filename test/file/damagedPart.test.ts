// A damaged sheet inside a sound zip stops the run with a message naming the sheet: never a result
// computed from the rows before the damage, never an endless scan (the cut sample ledger used to spin).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { readXlsx } from '../../src/file';
import { openPackage } from '../../src/file/package';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-ledger.xlsx');

/** The sample ledger with its first sheet's XML replaced by `edit(xml)`; the zip itself stays sound. */
async function damaged(edit: (xml: string) => string): Promise<{ file: string; sheet: string }> {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const first = (await openPackage(bytes)).sheets[0];
  const zip = await JSZip.loadAsync(bytes);
  zip.file(first.path, edit(await zip.file(first.path)!.async('string')));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'damaged-')), 'ledger.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return { file, sheet: first.name };
}

async function cli(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['calc', file, '--out', `${file}.result.xlsx`], (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n'), wrote: fs.existsSync(`${file}.result.xlsx`) };
}

it.each([
  ['cut to half its bytes', (xml: string) => xml.slice(0, Math.floor(xml.length / 2))],
  ['cut inside the last row', (xml: string) => xml.slice(0, xml.lastIndexOf('</row>') - 5)],
  ['cut after </sheetData>', (xml: string) => xml.slice(0, xml.lastIndexOf('</sheetData>') + 12)],
  ['a cell never closed', (xml: string) => xml.replace(/<\/c>(?![\s\S]*<\/c>)/, '')],
  ['a value never closed', (xml: string) => xml.replace(/<\/v>(?![\s\S]*<\/v>)/, '')],
])('a ledger sheet %s stops the run with exit 1, naming the sheet', async (_what, edit) => {
  const { file, sheet } = await damaged(edit);
  const r = await cli(file);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`工作表“${sheet}”已损坏`);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.wrote).toBe(false);
}, 30000);

it('the intact sample still reads (the checks do not refuse sound sheets)', async () => {
  const wb = await readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
  expect(wb.sheets[0].rows.length).toBeGreaterThan(10);
});

it('a cut shared string table is refused too', async () => {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const zip = await JSZip.loadAsync(bytes);
  const ss = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', ss.slice(0, ss.length - 40));
  const data = await zip.generateAsync({ type: 'uint8array' });
  await expect(readXlsx(data)).rejects.toThrow(/共享字符串表.*已损坏/);
});

/** The sample ledger with the package part `part` replaced by `edit(xml)`. */
async function damagedPart(part: string, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  zip.file(part, edit(await zip.file(part)!.async('string')));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'damaged-part-')), 'ledger.xlsx');
  fs.writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

const cut = (xml: string) => xml.slice(0, Math.floor(xml.length * 0.7));
const unboundPrefix = (xml: string) => xml.replace(/<(Relationship|Override|sheet|Application)\b/, '<q:$1');

it.each([
  ['xl/workbook.xml', cut, '工作簿结构（xl/workbook.xml）'],
  ['xl/workbook.xml', unboundPrefix, '工作簿结构（xl/workbook.xml）'],
  ['xl/_rels/workbook.xml.rels', unboundPrefix, '关系表（xl/_rels/workbook.xml.rels）'],
  ['_rels/.rels', cut, '关系表（_rels/.rels）'],
  ['[Content_Types].xml', unboundPrefix, '内容类型表（[Content_Types].xml）'],
  ['docProps/app.xml', cut, '应用程序属性（docProps/app.xml）'],
])('a damaged package part %s stops the run with exit 1, naming the part', async (part, edit, label) => {
  const file = await damagedPart(part, edit);
  const r = await cli(file);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`文件中的${label}已损坏`);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.wrote).toBe(false);
}, 30000);
