// The result workbook printed through LibreOffice headless (an independent renderer): page headers keep the
// year whole, long tables repeat their own header row on every page, the 通报 fits on at most two pages,
// 校验 reads in Chinese. PNGs of the pages land in test-output/print/ for a person to look at.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { calculate, type OutputSheet } from '../../src/core';
import { readXlsx, writeResults } from '../../src/file';

const OUT = path.resolve('test-output/print');
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));

interface Page { index: number; lines: string[] }

let sheets: OutputSheet[] = [];
let pages: Page[] = [];

/** The pages printed for one sheet: LibreOffice prints the sheet's title as the page header, first line. */
const pagesOf = (kind: OutputSheet['kind']) => {
  const s = sheets.find((x) => x.kind === kind)!;
  return { sheet: s, pages: pages.filter((p) => p.lines[0] === s.title) };
};
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  // .ci/run installs libreoffice-calc-nogui and poppler-utils: this check is required, not optional
  if (!soffice) throw new Error('soffice not found: install libreoffice-calc-nogui (see .ci/run)');
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const original = new Uint8Array(fs.readFileSync('assets/sample-ledger.xlsx'));
  const wb = await readXlsx(original);
  sheets = calculate(wb, { period: '2026Q3', today: '2026-11-21' }).sheets;
  const written = await writeResults(original, wb, sheets);
  fs.writeFileSync(path.join(OUT, 'result.xlsx'), written.data);
  const profile = fs.mkdtempSync('/tmp/lo-print-');
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, path.join(OUT, 'result.xlsx')], { stdio: 'ignore', timeout: 180000 });
  fs.rmSync(profile, { recursive: true, force: true });
  const text = execFileSync('pdftotext', ['-layout', path.join(OUT, 'result.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  pages = text.split('\f').map((t, index) => ({ index: index + 1, lines: t.split('\n').map((l) => l.trim()).filter(Boolean) }));
  // PNGs of the first pages of every result sheet (and a later page of the long ones), to look at
  const firstPages = new Set(sheets.map((s) => s.title));
  for (const s of sheets) {
    const first = pages.find((p) => p.lines[0] === s.title);
    const second = first && pages[first.index]; // the next page, when it still belongs to this sheet
    for (const p of [first, second && (second.lines[0] === s.title || !firstPages.has(second.lines[0])) ? second : undefined].filter(Boolean) as Page[]) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(p.index), '-l', String(p.index), '-singlefile', path.join(OUT, 'result.pdf'), path.join(OUT, `${s.name}-p${p.index}`)]);
    }
  }
}, 240000);

describe('printing the result workbook through LibreOffice', () => {
  it('prints every result sheet under its full title (the font-size code does not eat the year), with page numbers', () => {
    for (const s of sheets.filter((x) => x.kind !== 'settings')) {
      const mine = pages.filter((p) => p.lines[0] === s.title);
      expect({ sheet: s.name, printed: mine.length > 0 }).toEqual({ sheet: s.name, printed: true });
      for (const p of mine) expect(p.lines.some((l) => /第\s*\d+\s*页，共\s*\d+\s*页/.test(l))).toBe(true);
    }
    expect(sheets.find((s) => s.kind === 'ranking')!.title).toMatch(/^2026年/);
  });

  it('repeats the records header, not the per-quarter summary, on every page of 稿酬发放记录', () => {
    const { sheet, pages: mine } = pagesOf('payouts');
    expect(mine.length).toBeGreaterThan(2);
    const records = sheet.blocks[sheet.blocks.length - 1].columns.map((c) => c.header).join('');
    const summaryCaption = sheet.blocks[0].caption;
    for (const p of mine.slice(1)) {
      expect(squash(p.lines[1])).toContain(records);
      expect(p.lines.join('\n')).not.toContain(summaryCaption);
    }
  });

  it('repeats the table header on the later pages of 稿酬', () => {
    const { sheet, pages: mine } = pagesOf('stipend');
    expect(mine.length).toBeGreaterThan(1);
    const longest = [...sheet.blocks].sort((a, b) => b.rows.length - a.rows.length)[0];
    const first = longest.columns.slice(0, 4).map((c) => c.header).join('');
    for (const p of mine.slice(1)) expect(squash(p.lines[1])).toContain(first);
  });

  it('prints the 通报 as a document of at most two pages, the second starting at a section, not inside a table', () => {
    const { sheet, pages: mine } = pagesOf('notice');
    expect(mine).toHaveLength(1); // its title prints once, centred in its first row, not as a page header
    // its pages run from the title page to the next sheet's first page (or the end)
    let end = mine[0].index;
    while (end < pages.length && pages[end].lines.length && !sheets.some((s) => pages[end].lines[0] === s.title)) end++;
    const printed = pages.slice(mine[0].index - 1, end);
    expect(printed.length).toBeLessThanOrEqual(2);
    const captions = sheet.blocks.map((b) => b.caption);
    if (printed[1]) expect(captions).toContain(printed[1].lines[0]);
    // the paragraphs stay inside the page: each note's last words print on the title page
    for (const note of sheet.notes) expect(squash(mine[0].lines.join(''))).toContain(squash(note).slice(-8));
  });

  it('校验 shows Chinese problem types, no English codes', () => {
    const { pages: mine } = pagesOf('validation');
    const text = mine.map((p) => p.lines.join('\n')).join('\n');
    expect(text).toContain('问题类型');
    expect(text).toMatch(/缺少|重复|不认识|不一致|不在名册/);
    expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
  });
});
