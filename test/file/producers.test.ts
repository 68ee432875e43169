// The same ledger as each producer writes it (test/fixtures/producers): the figures must not depend on
// who wrote the file, and the result workbook must pass independent readers: a strict namespace-aware
// XML parser, ExcelJS and LibreOffice headless; the original's other parts stay byte-identical.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { calculate } from '../../src/core';
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive } from '../../src/file/zip';
import { loadExcelJS } from './helpers';
import { changedParts, packageXmlErrors } from './strictXml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HEADER, ROWS, SHEET } = require('../../scripts/fixtures/producers') as { HEADER: string[]; ROWS: unknown[][]; SHEET: string };

const DIR = path.join(__dirname, '..', 'fixtures', 'producers');
const PRODUCERS = fs.readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
const TODAY = '2026-11-23';
// parts the writer edits on purpose; everything else must come through byte for byte
const EDITED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|docProps\/app\.xml)$/;

interface Outcome { original: Uint8Array; data: Uint8Array; report: ReturnType<typeof calculate>['report']; sheets: string[] }
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  for (const file of PRODUCERS) {
    const original = new Uint8Array(fs.readFileSync(path.join(DIR, file)));
    const wb = await readXlsx(original);
    const result = calculate(wb, { period: '2026Q3', today: TODAY });
    const { data, written } = await writeResults(original, wb, result.sheets);
    outcomes.set(file, { original, data, report: result.report, sheets: written.map((w) => w.actual) });
  }
}, 60000);

it('has a fixture for every producer', () => {
  expect(PRODUCERS).toEqual(
    ['excel', 'exceljs', 'google', 'libreoffice', 'openpyxl', 'openxmlsdk', 'sheetjs', 'strict', 'wps'].map((n) => `${n}.xlsx`),
  );
});

describe.each(PRODUCERS)('%s', (file) => {
  it('reads the ledger as written', async () => {
    const wb = await readXlsx(outcomes.get(file)!.original);
    const ledger = wb.sheets.find((s) => s.name === SHEET)!;
    expect(ledger.rows[0]).toEqual(HEADER);
    expect(ledger.rows.slice(1).map((r) => r.slice(0, 5))).toEqual(ROWS.map((r) => r.slice(0, 5)));
    // dates arrive as dates whatever the producer stored (serial with a date style, or typed text)
    const dates = ledger.rows.slice(1).map((r) => (r[5] as Date).toISOString().slice(0, 10));
    expect(dates).toEqual(ROWS.map((r) => new Date(Math.round(((r[5] as number) - 25569) * 86400000)).toISOString().slice(0, 10)));
  });

  it('gives the same figures as every other producer', () => {
    const { report } = outcomes.get(file)!;
    expect(report.rows).toMatchObject({ total: ROWS.length, counted: ROWS.length, errors: 0 });
    expect([...new Set(report.people.map((p) => p.name))].sort()).toEqual(['张三', '李四', '王五', '赵六'].sort());
    expect(report).toEqual(outcomes.get('exceljs.xlsx')!.report);
  });

  it('writes a package every part of which parses strictly', async () => {
    expect(await packageXmlErrors(outcomes.get(file)!.data)).toEqual({});
  });

  it('keeps the original parts byte-identical', async () => {
    const { original, data } = outcomes.get(file)!;
    expect(await changedParts(original, data, EDITED)).toEqual([]);
  });

  it('opens in ExcelJS with the result sheets and values', async () => {
    const { original, data, sheets, report } = outcomes.get(file)!;
    const before = await loadExcelJS(original).catch(() => null);
    if (!before?.getWorksheet(SHEET)) {
      // ExcelJS reads only unprefixed markup and the r prefix: it cannot read the original either
      // (Open XML SDK's x: workbook, WPS's rel:id); LibreOffice and the strict parser still check it
      expect(['openxmlsdk.xlsx', 'wps.xlsx']).toContain(file);
      if (!before) return;
    }
    const wb = await loadExcelJS(data);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(sheets));
    const values = new Set<string>();
    for (const name of sheets) wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => values.add(String(c.value))));
    for (const p of report.people) expect(values).toContain(p.name);
  });

  it('lists the sheets as they now are in docProps/app.xml', async () => {
    const zip = new ZipArchive(outcomes.get(file)!.data);
    const app = new TextDecoder().decode(await zip.read(zip.find('docProps/app.xml')!));
    const titles = /<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/.exec(app)?.[0];
    if (!titles) return; // producers that write no sheet list (openpyxl, Google Sheets) keep none
    for (const name of [SHEET, ...outcomes.get(file)!.sheets]) expect(titles).toContain(`>${name}<`);
    const listed = titles.match(/<vt:lpstr>/g)!.length;
    expect(titles).toContain(`size="${listed}"`);
  });
});

describe('LibreOffice headless', () => {
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
  // .ci/run installs libreoffice-calc-nogui when soffice is missing: this check is required, not optional
  it('opens every result and shows the result sheets', () => {
    if (!soffice) throw new Error('soffice not found: install libreoffice-calc-nogui (see .ci/run)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-results-'));
    const inputs = PRODUCERS.map((file) => {
      const p = path.join(dir, file);
      fs.writeFileSync(p, outcomes.get(file)!.data);
      return p;
    });
    // one soffice call for all files; html export holds every sheet of a workbook
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'html', '--outdir', dir, ...inputs], { stdio: 'ignore', timeout: 180000 });
    for (const file of PRODUCERS) {
      const html = fs.readFileSync(path.join(dir, file.replace(/\.xlsx$/, '.html')), 'utf8');
      for (const name of outcomes.get(file)!.sheets.filter((s) => !s.startsWith('_'))) expect(html).toContain(name);
      expect(html).toContain('赵六');
    }
  }, 200000);
});
