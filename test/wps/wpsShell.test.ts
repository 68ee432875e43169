// The WPS shell's smaller guarantees on the fake ET: mapping remembered in the workbook, a click on a
// problem selects its cell, big ledgers read and results written in chunks, text that looks like a formula
// or a number stays text.
import { calculate, type MappingOverride } from '../../src/core';
import { MAPPING_PROPERTY, PART_LENGTH } from '../../src/wps/documentState';
import { CHUNK_CELLS, readWorkbook } from '../../src/wps/read';
import { createWpsHost } from '../../src/wps/wpsHost';
import { writeSheets } from '../../src/wps/write';
import { ledgerRows, resultSheet } from '../addin/fixtures';
import { FakeEtApplication } from './fakeEt';

function ledgerApp(n: number): FakeEtApplication {
  const app = new FakeEtApplication();
  app.workbook!.addSheet('台账', ledgerRows(n));
  return app;
}

describe('WPS shell on the fake ET', () => {
  it('remembers a mapping override in document properties, long ones in parts of at most 255 characters', async () => {
    const app = ledgerApp(3);
    const host = createWpsHost(app.runtime());
    expect(await host.loadMappingOverride()).toBeUndefined();
    const mapping: MappingOverride = {
      sheets: Array.from({ length: 12 }, (_, i) => ({ sheet: `${i + 1}月台账（含补登记录）`, headerRow: 2, columns: { title: 1, authors: 2, outlet: 4, date: 6 } })),
    };
    await host.saveMappingOverride(mapping);
    const parts = app.workbook!.props.items.filter((p) => p.Name.startsWith(MAPPING_PROPERTY));
    expect(parts.length).toBe(Math.ceil(JSON.stringify(mapping).length / PART_LENGTH));
    expect(parts.length).toBeGreaterThan(1);
    expect(await host.loadMappingOverride()).toEqual(mapping);
    await host.saveMappingOverride({ sheets: [mapping.sheets[0]] });
    expect(await host.loadMappingOverride()).toEqual({ sheets: [mapping.sheets[0]] });
    await host.saveMappingOverride(undefined);
    expect(app.workbook!.props.items).toEqual([]);
    expect(await host.loadMappingOverride()).toBeUndefined();
  });

  it('ignores a damaged mapping property', async () => {
    const app = ledgerApp(3);
    app.workbook!.props.Add(`${MAPPING_PROPERTY}.1`, false, 4, '{"sheets": [');
    expect(await createWpsHost(app.runtime()).loadMappingOverride()).toBeUndefined();
  });

  it('selects the cell of a validation problem', async () => {
    const app = ledgerApp(3);
    app.workbook!.addSheet('其他');
    app.workbook!.active = app.workbook!.sheet('其他')!;
    await createWpsHost(app.runtime()).selectCell('台账', 'C4');
    expect(app.workbook!.active.Name).toBe('台账');
    expect(app.selection).toEqual({ sheet: '台账', address: 'C4' });
  });

  it('reads a 30 000-row ledger in chunks and yields between them', async () => {
    const app = ledgerApp(30_000);
    const progress: number[] = [];
    const data = await readWorkbook(app.runtime(), (f) => progress.push(f));
    expect(data.sheets[0].rows.length).toBe(30_002);
    expect(data.sheets[0].rows[30_001][1]).toBe('关于县人大常委会第30000次专题调研人大代表履职情况的报道');
    expect(app.stats.maxCellsPerValue2).toBeLessThanOrEqual(CHUNK_CELLS);
    expect(app.stats.value2Reads).toBeGreaterThanOrEqual(Math.ceil((30_002 * 8) / CHUNK_CELLS));
    expect(app.stats.yields).toBe(app.stats.value2Reads);
    expect(progress[progress.length - 1]).toBe(1);
    expect(calculate(data, { today: '2026-11-21', period: '2026' }).report.issues.length).toBeGreaterThanOrEqual(0);
  });

  it('writes a big result in chunks; formula-looking and number-looking text stays text', async () => {
    const app = ledgerApp(3);
    const sheet = resultSheet('校验-大', 20_000);
    sheet.blocks[0].rows[1][3] = '007';
    const progress: number[] = [];
    await writeSheets(app.runtime(), [sheet], (f) => progress.push(f));
    const ws = app.workbook!.sheet('校验-大')!;
    expect(app.stats.maxCellsPerValue2).toBeLessThanOrEqual(CHUNK_CELLS);
    expect(progress.length).toBeGreaterThan(2);
    expect(ws.Range('A2').Value2).toBe('说明：=这不是公式');
    expect(ws.Range('D6').Value2).toBe('=SUM(A1:A3)'); // first data row (title, note, blank, caption, header)
    expect(ws.Range('D7').Value2).toBe('007');
    expect(ws.Range('B7').Value2).toBe(1);
    expect(ws.Range('B7').NumberFormat).toBe('0');
    expect(ws.Range('C7').NumberFormat).toBe('#,##0.00');
    expect(ws.links[0]).toEqual({ cell: 'A6', address: '', subAddress: "'1月'!C3", screenTip: '1月!C3', text: undefined });
    expect(ws.Range('A6').Value2).toBe('1月!C3');
    expect(ws.Range('A:A').ColumnWidth).toBe(12);
    expect(ws.page).toMatchObject({ Orientation: 1, FitToPagesWide: 1, FitToPagesTall: false, PrintTitleRows: '$5:$5' });
  });
});
