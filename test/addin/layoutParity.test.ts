// The same output sheets written by the file shell (read back with ExcelJS, an independent reader) and by the
// Office shell (into the fake Excel) must have the same layout, field by field.
import { readFileSync } from 'fs';
import type ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { calculate, columnLetters, type OutputSheet } from '../../src/core';
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive } from '../../src/file/zip';
import { widthInPoints } from '../../src/addin/office/formats';
import { writeSheets } from '../../src/addin/office/write';
import { loadExcelJS, rankingSheet } from '../file/helpers';
import { FakeWorkbook, rectAddress, type FakeSheet } from './fakeExcel';
import { resultSheet } from './fixtures';

interface Layout {
  /** every non-empty cell: A1 -> [value, number format] */
  cells: Record<string, [unknown, string]>;
  /** column widths in points, by column letter */
  widths: Record<string, number>;
  frozenRows: number;
  printTitles: string | null;
  /** link cell -> target */
  links: Record<string, string>;
  tables: string[];
  merges: string[];
  /** rows given a height -> points */
  heights: Record<number, number>;
  /** cells aligned right on purpose (headings over numbers) */
  rightAligned: string[];
  page: {
    orientation: string;
    paper: string;
    /** fit to pages wide and tall, or a fixed scale in percent */
    fit: [number, number] | ['scale', number];
    printArea: string | null;
    centered: boolean;
    gridlines: boolean;
    /** inches */
    margins: number[];
    header: string;
    footer: string;
  };
}

const EXCEL_EPOCH = 25569;
const serialOf = (d: Date) => d.getTime() / 86_400_000 + EXCEL_EPOCH;
const round = (n: number) => Math.round(n * 1000) / 1000;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Walk an XML part strictly (namespace-aware, throws on malformed XML), calling back for each element. */
function walk(xml: string, onElement: (ns: string, local: string, attr: (ns: string, local: string) => string | undefined) => void) {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (t) =>
    onElement(t.uri ?? '', t.local ?? '', (ns, local) => Object.values(t.attributes).find((a) => a.uri === ns && a.local === local)?.value),
  );
  parser.write(xml).close();
}

/** Internal hyperlinks (ref -> location) of each sheet by name; ExcelJS drops location-only links on load. */
async function sheetLinks(data: Uint8Array): Promise<Map<string, Record<string, string>>> {
  const zip = new ZipArchive(data);
  const text = async (p: string) => new TextDecoder().decode(await zip.read(zip.find(p)!));
  const targets = new Map<string, string>();
  walk(await text('xl/_rels/workbook.xml.rels'), (ns, local, a) => {
    if (ns === PKG_REL && local === 'Relationship') targets.set(a('', 'Id')!, a('', 'Target')!);
  });
  const sheets: Array<[string, string]> = [];
  walk(await text('xl/workbook.xml'), (ns, local, a) => {
    if (ns === MAIN && local === 'sheet') sheets.push([a('', 'name')!, targets.get(a(REL, 'id')!)!]);
  });
  const out = new Map<string, Record<string, string>>();
  for (const [name, target] of sheets) {
    const links: Record<string, string> = {};
    walk(await text(target.startsWith('/') ? target.slice(1) : `xl/${target}`), (ns, local, a) => {
      if (ns === MAIN && local === 'hyperlink') links[a('', 'ref')!] = a('', 'location') ?? '';
    });
    out.set(name, links);
  }
  return out;
}

function fileLayout(ws: ExcelJS.Worksheet, tables: string[], links: Record<string, string>): Layout {
  const cells: Layout['cells'] = {};
  const heights: Layout['heights'] = {};
  const rightAligned: string[] = [];
  ws.eachRow((row, r) => {
    if (row.height) heights[r] = row.height;
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return; // ExcelJS shows a merged area's value in every cell
      const v = cell.value;
      cells[cell.address] = [v instanceof Date ? serialOf(v) : v, cell.numFmt ?? 'General'];
      if (cell.alignment?.horizontal === 'right') rightAligned.push(cell.address);
    });
  });
  const widths: Layout['widths'] = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w) widths[columnLetters(c)] = widthInPoints(round(w - 0.71));
  }
  const view = ws.views[0] as { state?: string; ySplit?: number; showGridLines?: boolean } | undefined;
  const setup = ws.pageSetup;
  const m = setup.margins!;
  return {
    cells, widths, links, tables, heights, rightAligned: rightAligned.sort(),
    frozenRows: view?.state === 'frozen' ? view.ySplit ?? 0 : 0,
    printTitles: setup.printTitlesRow ? setup.printTitlesRow.replace(/\$/g, '') : null,
    merges: Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range).sort(),
    page: {
      orientation: setup.orientation ?? '',
      paper: setup.paperSize === 9 ? 'A4' : String(setup.paperSize),
      fit: setup.fitToPage === false && setup.scale ? ['scale', setup.scale] : [setup.fitToWidth ?? 1, setup.fitToHeight ?? 1],
      printArea: setup.printArea ? setup.printArea.replace(/\$/g, '') : null,
      centered: !!setup.horizontalCentered,
      gridlines: view?.showGridLines !== false,
      margins: [m.left, m.right, m.top, m.bottom, m.header, m.footer],
      header: ws.headerFooter.oddHeader ?? '',
      footer: ws.headerFooter.oddFooter ?? '',
    },
  };
}

function officeLayout(s: FakeSheet, wb: FakeWorkbook): Layout {
  const cells: Layout['cells'] = {};
  s.cells.forEach((row, r) =>
    row?.forEach((v, c) => {
      if (v !== undefined) cells[`${columnLetters(c + 1)}${r + 1}`] = [v, s.formats[r]?.[c] ?? 'General'];
    }),
  );
  const widths: Layout['widths'] = {};
  for (const [k, v] of Object.entries(s.props)) {
    const m = /^columnWidth@([A-Z]+)1$/.exec(k);
    if (m) widths[m[1]] = v as number;
  }
  const links: Layout['links'] = {};
  for (const [at, h] of s.links) links[at] = h.documentReference ?? '';
  const heights: Layout['heights'] = {};
  const rightAligned: string[] = [];
  for (const [k, v] of Object.entries(s.props)) {
    const h = /^rowHeight@A(\d+)$/.exec(k);
    if (h) heights[Number(h[1])] = v as number;
    const a = /^horizontalAlignment@([A-Z]+\d+)$/.exec(k);
    if (a && v === 'Right') rightAligned.push(a[1]);
  }
  const p = s.props;
  const zoom = p.zoom as { horizontalFitToPages: number; verticalFitToPages: number; scale?: number };
  const inches = (k: string) => round((p[k] as number) / 72);
  return {
    cells, widths, links, heights, rightAligned: rightAligned.sort(),
    tables: wb.tables.filter((t) => t.sheet === s).map((t) => `${t.name} ${columnLetters(t.rect.left + 1)}${t.rect.top + 1}:${columnLetters(t.rect.left + t.rect.cols)}${t.rect.top + t.rect.rows}`),
    frozenRows: (p.freezeRows as number | undefined) ?? 0,
    printTitles: p.printTitleRows ? String(p.printTitleRows).replace(/\$/g, '') : null,
    merges: s.merges.map(rectAddress).sort(),
    page: {
      orientation: String(p.orientation).toLowerCase(),
      paper: String(p.paperSize),
      fit: zoom.scale ? ['scale', zoom.scale] : [zoom.horizontalFitToPages, zoom.verticalFitToPages],
      printArea: p.printArea ? String(p.printArea) : null,
      centered: !!p.centerHorizontally,
      gridlines: p.showGridlines !== false,
      margins: ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'].map(inches),
      header: p.centerHeader ? `&C${String(p.centerHeader)}` : '',
      footer: `&C${String(p.centerFooter)}`,
    },
  };
}

async function fileLayouts(original: Uint8Array, outputs: OutputSheet[]): Promise<Map<string, Layout>> {
  const { data, written } = await writeResults(original, await readXlsx(original), outputs);
  const book = await readXlsx(data);
  const wb = await loadExcelJS(data);
  const links = await sheetLinks(data);
  const out = new Map<string, Layout>();
  for (const w of written) {
    const tables = (book.sheets.find((s) => s.name === w.actual)?.tables ?? []).map(
      (t) => `${t.name} ${columnLetters(t.left + 1)}${t.top + 1}:${columnLetters(t.right + 1)}${t.bottom + 1}`,
    );
    out.set(w.intended, fileLayout(wb.getWorksheet(w.actual)!, tables, links.get(w.actual)!));
  }
  return out;
}

async function officeLayouts(outputs: OutputSheet[]): Promise<Map<string, Layout>> {
  const wb = new FakeWorkbook();
  wb.addSheet('1月', [['标题']]);
  const { written } = await writeSheets(wb.runtime(), outputs);
  return new Map(written.map((w) => [w.intended, officeLayout(wb.sheet(w.actual)!, wb)]));
}

async function expectSameLayouts(original: Uint8Array, outputs: OutputSheet[]) {
  const file = await fileLayouts(original, outputs);
  const office = await officeLayouts(outputs);
  expect([...office.keys()].sort()).toEqual([...file.keys()].sort());
  expect(file.size).toBeGreaterThan(0);
  for (const [name, f] of file) {
    const o = office.get(name)!;
    // field by field, so a failure names what diverged
    for (const field of Object.keys(f) as Array<keyof Layout>) expect({ name, field, value: o[field] }).toEqual({ name, field, value: f[field] });
  }
  return file;
}

describe('one layout, two writers', () => {
  it('writes every real result sheet of the sample ledger identically through the file and the Office shell', async () => {
    const original = new Uint8Array(readFileSync('assets/sample-ledger.xlsx'));
    const result = calculate(await readXlsx(original), { period: '2026Q3', today: '2026-11-21' });
    const layouts = await expectSameLayouts(original, result.sheets);
    // the comparison saw the features that diverged before: 校验 links on the place column (here 工作表, the
    // add-in used to link 序号), widths, frozen header, print titles
    const check = [...layouts.entries()].find(([n]) => n.startsWith('校验'))![1];
    const linkCells = Object.keys(check.links);
    expect(linkCells.length).toBeGreaterThan(0);
    const header = Object.entries(check.cells).find(([, [v]]) => v === '工作表')![0].replace(/\d+$/, '');
    expect(linkCells.every((a) => a.startsWith(header))).toBe(true);
    expect(check.frozenRows).toBeGreaterThan(0);
    expect(check.printTitles).toBe(`${check.frozenRows}:${check.frozenRows}`);
    expect(Object.keys(check.widths).length).toBeGreaterThan(2);
    expect(Object.keys(check.heights).length).toBeGreaterThan(0); // long 问题说明 rows are taller
    expect(check.rightAligned).toContain(`A${check.frozenRows}`); // 序号 heading stands over its numbers
    const notice = [...layouts.entries()].find(([n]) => n.startsWith('通报'))![1];
    expect([notice.frozenRows, notice.printTitles, notice.page.orientation]).toEqual([0, null, 'portrait']);
    // the notice's page design reached both writers: merged title and paragraphs, a print area, a fixed scale
    expect(notice.merges.length).toBe(1 + result.sheets.find((s) => s.kind === 'notice')!.notes.length);
    expect([notice.page.centered, notice.page.gridlines, notice.page.fit[0]]).toEqual([true, false, 'scale']);
    expect(notice.page.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('agrees on the fixtures: every number format, a link off the first column, an empty table', async () => {
    const original = new Uint8Array(readFileSync('assets/sample-ledger.xlsx'));
    const layouts = await expectSameLayouts(original, [rankingSheet(), resultSheet('校验-2026Q3', 3)]);
    const ranking = layouts.get('排名-2026Q3')!;
    expect(ranking.links).toEqual({ G6: "'2026年7月'!B5" });
    expect(ranking.cells.E6).toEqual([46204, 'yyyy-mm-dd']); // 2026-07-01 as a date in both shells
    expect(ranking.page.header).toBe('&C&"-,Bold"&14 通讯员排名 排名-2026Q3');
  });
});
