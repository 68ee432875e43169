/** @jest-environment jsdom */
// The standalone page runs the same code in a browser-like environment without Node's zlib.
import { TextDecoder, TextEncoder } from 'util';
import { readXlsx, writeResults } from '../../src/file';
import { rankingSheet, xlsxOf } from './helpers';

// jsdom lacks the encoders every real browser has
Object.assign(globalThis, { TextDecoder, TextEncoder });

it('reads and writes without Node zlib (web streams or JSZip fallback)', async () => {
  const original = await xlsxOf((wb) => wb.addWorksheet('台账').addRow(['标题', '作者']));
  const wb = await readXlsx(original);
  expect(wb.sheets[0].rows).toEqual([['标题', '作者']]);
  const { data } = await writeResults(original, wb, [rankingSheet()]);
  const back = await readXlsx(data);
  expect(back.sheets.map((s) => s.name)).toEqual(['台账', '排名-2026Q3', '_宣传统计_owned']);
  expect(back.sheets[1].rows[5][0]).toBe('张三');
});
