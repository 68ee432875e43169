/** @jest-environment jsdom */
// The web host keeps the workbook as bytes in memory; the file shell is mocked here (it has its own tests).
import type { OutputSheet, WorkbookData } from '../../src/core';
import { WebHost, type WebResult } from '../../src/web/webHost';

const shell = {
  readXlsx: jest.fn(async (data: Uint8Array): Promise<WorkbookData> => ({
    sheets: [{ name: `v${data[0]}`, rows: [] }],
  })),
  writeResults: jest.fn(async (original: Uint8Array, _wb: WorkbookData, outputs: OutputSheet[]) => ({
    data: new Uint8Array([original[0] + 1]),
    written: outputs.map((o) => ({ intended: o.name, actual: o.name })),
  })),
};
jest.mock('../../src/web/fileShell', () => ({ loadFileShell: async () => shell }));

const sheet = (name: string, kind: OutputSheet['kind']): OutputSheet => ({
  name, kind, title: name, notes: [], blocks: [], charts: []
});

beforeEach(() => {
  jest.clearAllMocks();
  localStorage.clear();
});

test('reads the loaded bytes once, and again only after a write', async () => {
  const host = new WebHost('台账.xlsx', new Uint8Array([1]));
  expect((await host.readWorkbook()).sheets[0].name).toBe('v1');
  await host.readWorkbook();
  expect(shell.readXlsx).toHaveBeenCalledTimes(1);
  await host.insertSettings([sheet('统计规则', 'settings')]);
  expect((await host.readWorkbook()).sheets[0].name).toBe('v2');
});

test('writing results produces new bytes and reports them to the page', async () => {
  const seen: WebResult[] = [];
  const host = new WebHost('台账.xlsx', new Uint8Array([5]), (r) => seen.push(r));
  const outputs = [sheet('排名-2026Q3', 'ranking'), sheet('通报-2026Q3', 'notice')];
  const progress: number[] = [];
  const report = await host.writeResults(outputs, (f) => progress.push(f));
  expect(report.written.map((w) => w.actual)).toEqual(['排名-2026Q3', '通报-2026Q3']);
  expect(host.bytes).toEqual(new Uint8Array([6]));
  expect(seen).toHaveLength(1);
  expect(seen[0].outputs).toBe(outputs);
  expect(seen[0].data).toBe(host.bytes);
  expect(progress[0]).toBe(0);
  expect(progress[progress.length - 1]).toBe(1);
  // the file shell adds the sheets to the bytes as loaded
  expect(shell.writeResults.mock.calls[0][0]).toEqual(new Uint8Array([5]));
});

test('a failed read can be retried', async () => {
  shell.readXlsx.mockRejectedValueOnce(new Error('坏文件'));
  const host = new WebHost('台账.xlsx', new Uint8Array([3]));
  await expect(host.readWorkbook()).rejects.toThrow('坏文件');
  expect((await host.readWorkbook()).sheets[0].name).toBe('v3');
});

test('the mapping override is remembered per file name', async () => {
  const mapping = { sheets: [{ sheet: '1月', headerRow: 2, columns: { title: 1 } }] };
  await new WebHost('台账.xlsx', new Uint8Array([1])).saveMappingOverride(mapping);
  expect(await new WebHost('台账.xlsx', new Uint8Array([1])).loadMappingOverride()).toEqual(mapping);
  expect(await new WebHost('别的.xlsx', new Uint8Array([1])).loadMappingOverride()).toBeUndefined();
  await new WebHost('台账.xlsx', new Uint8Array([1])).saveMappingOverride(undefined);
  expect(await new WebHost('台账.xlsx', new Uint8Array([1])).loadMappingOverride()).toBeUndefined();
});

test('a corrupt stored override is ignored', async () => {
  localStorage.setItem('宣传稿件统计:mapping:台账.xlsx', '{not json');
  expect(await new WebHost('台账.xlsx', new Uint8Array([1])).loadMappingOverride()).toBeUndefined();
});
