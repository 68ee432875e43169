// The 通报's charts as the file shell writes them (DrawingML), checked by independent readers: a strict
// namespace-aware parser, the package's own relationships and content types, ExcelJS for the cells the
// series refer to, and LibreOffice, which must import them as charts (counted in its own .ods output).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { calculate } from '../../src/core';
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive } from '../../src/file/zip';
import { strictErrors } from './strictXml';

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
let result: Uint8Array;
let zip: ZipArchive;
const text = async (name: string) => new TextDecoder().decode(await zip.read(zip.find(name)!));

beforeAll(async () => {
  const original = new Uint8Array(fs.readFileSync('assets/sample-ledger.xlsx'));
  const wb = await readXlsx(original);
  const sheets = calculate(wb, { period: '2026Q3', today: '2026-11-21' }).sheets;
  result = (await writeResults(original, wb, sheets)).data;
  zip = new ZipArchive(result);
});

/** The notice sheet's part, its drawing and the drawing's charts, followed through the relationships. */
async function noticeCharts() {
  const workbook = await text('xl/workbook.xml');
  const rid = /<sheet name="通报-2026Q3"[^>]*r:id="(rId\d+)"/.exec(workbook)![1];
  const wbRels = await text('xl/_rels/workbook.xml.rels');
  const sheetPath = `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)![1]}`;
  const sheetXml = await text(sheetPath);
  const drawingRid = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
  const sheetRels = await text(sheetPath.replace(/worksheets\//, 'worksheets/_rels/') + '.rels');
  const drawingPath = path.posix.join('xl/worksheets', new RegExp(`Id="${drawingRid}"[^>]*Target="([^"]+)"`).exec(sheetRels)![1]);
  const drawingRels = await text(drawingPath.replace(/drawings\//, 'drawings/_rels/') + '.rels');
  const charts = [...drawingRels.matchAll(/Target="([^"]+)"/g)].map((m) => path.posix.join('xl/drawings', m[1]));
  return { sheetXml, drawingPath, charts };
}

describe('通报 charts in the result file', () => {
  it('writes three charts, each part strictly parsed and declared in [Content_Types].xml', async () => {
    const { drawingPath, charts } = await noticeCharts();
    expect(charts).toHaveLength(3);
    const types = await text('[Content_Types].xml');
    for (const part of [drawingPath, ...charts]) {
      expect({ part, errors: strictErrors(await text(part)) }).toEqual({ part, errors: [] });
      expect(types).toContain(`PartName="/${part}"`);
    }
    expect(types).toContain('drawingml.chart+xml');
  });

  it('every series refers to cells of the notice sheet that hold the cached values (read by ExcelJS)', async () => {
    const { charts } = await noticeCharts();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(result) as unknown as ArrayBuffer);
    const ws = book.getWorksheet('通报-2026Q3')!;
    let checked = 0;
    for (const part of charts) {
      const xml = await text(part);
      for (const ref of xml.matchAll(/<c:(?:numRef|strRef)><c:f>([^<]+)<\/c:f><c:(?:num|str)Cache>(?:<c:formatCode>[^<]*<\/c:formatCode>)?<c:ptCount val="(\d+)"\/>((?:<c:pt idx="\d+"><c:v>[^<]*<\/c:v><\/c:pt>)*)/g)) {
        const [, f, count, pts] = ref;
        const m = /^'通报-2026Q3'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(f.replace(/&apos;/g, "'"));
        expect(m).not.toBeNull();
        const cached = [...pts.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]);
        expect(cached).toHaveLength(Number(count));
        const first = Number(m![2]);
        cached.forEach((v, i) => {
          const cell = ws.getCell(`${m![1]}${first + i}`).value;
          expect(String(cell)).toBe(v);
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9); // title cells, categories and values of each series
  });

  it('the notice prints as a document: print area, fixed scale with a page break between sections, no gridlines', async () => {
    const { sheetXml } = await noticeCharts();
    expect(sheetXml).toMatch(/<sheetView showGridLines="0"/);
    expect(sheetXml).toMatch(/<mergeCells count="\d+"><mergeCell ref="A1:[A-Z]+1"\/>/);
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" scale="\d+" orientation="portrait"/);
    expect(sheetXml).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="\d+" max="16383" man="1"\/><\/rowBreaks>/);
    expect(await text('xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">'通报-2026Q3'!\$A\$1:\$[A-Z]+\$\d+<\/definedName>/);
  });

  it('LibreOffice imports them as charts', async () => {
    // .ci/run installs libreoffice-calc-nogui: this check is required, not optional
    if (!soffice) throw new Error('soffice not found: install libreoffice-calc-nogui (see .ci/run)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charts-'));
    fs.writeFileSync(path.join(dir, 'result.xlsx'), result);
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'ods', '--outdir', dir, path.join(dir, 'result.xlsx')], { stdio: 'ignore', timeout: 180000 });
    const ods = new ZipArchive(new Uint8Array(fs.readFileSync(path.join(dir, 'result.ods'))));
    const chartObjects = ods.entries.filter((e) => /^Object \d+\/content\.xml$/.test(e.name));
    fs.rmSync(dir, { recursive: true, force: true });
    const classes = await Promise.all(chartObjects.map(async (e) => /chart:class="chart:(\w+)"/.exec(new TextDecoder().decode(await ods.read(e)))?.[1]));
    expect(classes.sort()).toEqual(['bar', 'bar', 'bar']); // LibreOffice calls columns and bars both 'bar'
  }, 200000);
});
