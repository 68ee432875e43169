// Reads every worksheet as plain values for the core, in chunks that respect Excel on the web's limits:
// a handful of round trips for the structure, then one round trip per ~4 MB of cell data.
import type { CellRect, CellValue, SheetData, TableInfo, WorkbookData } from '../../core';
import { CancelledError } from '../../ui/calc/errors';
import type { HostProgress } from '../../ui/host';
import { parseRangeAddress } from './address';
import { isPayloadError } from './errors';
import { jsonBytes } from './payload';
import { batchChunks, planChunks, splitChunks, type Chunk, type SheetExtent } from './readPlan';
import { optionalFeatures, yieldToHost, type ExcelRuntime } from './runtime';

/** Cells read first, from the largest sheet, to estimate the bytes per cell of the rest. */
const SAMPLE_CELLS = 10_000;
/** Floor for the estimate: numbers and short codes still cost framing. */
const MIN_BYTES_PER_CELL = 8;
/** Margin on the estimate, since later rows may hold longer titles than the sample. */
const ESTIMATE_MARGIN = 1.3;

type Values = unknown[][];

function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  return v as CellValue;
}

/** Place a chunk's values into the sheet grid, padded so that rows[0] is Excel row 1 and col 0 is column A. */
export function placeChunk(rows: CellValue[][], chunk: Chunk, values: Values): void {
  for (let i = 0; i < values.length; i++) {
    const r = chunk.top + i;
    const row = rows[r] ?? (rows[r] = new Array<CellValue>(chunk.left).fill(null));
    const src = values[i];
    for (let j = 0; j < src.length; j++) row[chunk.left + j] = toCell(src[j]);
  }
}

/** Merged areas as reported in one address string: 'S'!A1:C1, 'S'!A2:B2 */
function parseAreas(address: string): CellRect[] {
  const out: CellRect[] = [];
  for (const m of address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g)) out.push(parseRangeAddress(m[1]));
  return out;
}

export async function readWorkbook(rt: ExcelRuntime, onProgress?: HostProgress, signal?: AbortSignal): Promise<WorkbookData> {
  const features = optionalFeatures(rt);
  return rt.run(async (context) => {
    // Round trip 1: the sheets.
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    const sheets = worksheets.items;

    // Round trip 2: used ranges and table lists.
    const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    const tableLists = sheets.map((ws) => ws.tables.load('items/name'));
    await context.sync();

    const extents: SheetExtent[] = [];
    used.forEach((u, sheet) => {
      if (!u.isNullObject) {
        extents.push({ sheet, top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount });
      }
    });
    const rows: CellValue[][][] = sheets.map(() => []);

    // Round trip 3: table ranges and merged areas (where the API exists).
    const tableRanges = tableLists.map((list) =>
      list.items.map((t) => ({ name: t.name, range: t.getRange().load('rowIndex,columnIndex,rowCount,columnCount') })),
    );
    const merges = features.merges
      ? used.map((u) => (u.isNullObject ? null : u.getMergedAreasOrNullObject().load('address')))
      : [];
    await context.sync();

    // Then the cells: first a sample of the largest sheet to estimate bytes per cell, then the rest in
    // batches of about PAYLOAD_BUDGET_BYTES, one round trip each.
    const totalCells = extents.reduce((n, e) => n + e.rows * e.cols, 0);
    const largest = extents.reduce<SheetExtent | undefined>((a, e) => (!a || e.rows * e.cols > a.rows * a.cols ? e : a), undefined);
    const queue: Chunk[][] = [];
    let rest: SheetExtent[] = [];
    if (largest) {
      const sampleRows = Math.min(largest.rows, Math.max(1, Math.floor(SAMPLE_CELLS / largest.cols)));
      queue.push([{ ...largest, rows: sampleRows }]);
      rest = extents.map((e) => (e === largest ? { ...e, top: e.top + sampleRows, rows: e.rows - sampleRows } : e));
    }
    let bytesPerCell: number | undefined;
    let doneCells = 0;
    while (queue.length) {
      if (signal?.aborted) throw new CancelledError(); // 取消: stop between round trips, nothing was changed
      const batch = queue.shift()!;
      const ranges = batch.map((c) => sheets[c.sheet].getRangeByIndexes(c.top, c.left, c.rows, c.cols).load('values'));
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB batch, by design
        await context.sync();
      } catch (e) {
        // The estimate was too low for this part of the sheet: retry it in smaller pieces.
        const smaller = splitChunks(batch);
        if (!isPayloadError(e) || smaller.length === batch.length) throw e;
        if (bytesPerCell) bytesPerCell *= 2;
        queue.unshift(...(bytesPerCell ? batchChunks(smaller, bytesPerCell) : smaller.map((c) => [c])));
        continue;
      }
      batch.forEach((c, i) => placeChunk(rows[c.sheet], c, ranges[i].values));
      const cells = batch.reduce((n, c) => n + c.rows * c.cols, 0);
      if (bytesPerCell === undefined) {
        const bytes = ranges.reduce((n, r) => n + jsonBytes(r.values), 0);
        bytesPerCell = Math.max(MIN_BYTES_PER_CELL, (bytes / cells) * ESTIMATE_MARGIN);
        queue.push(...batchChunks(planChunks(rest, bytesPerCell), bytesPerCell));
      }
      doneCells += cells;
      onProgress?.(Math.min(1, doneCells / totalCells));
      await yieldToHost();
    }

    return {
      sheets: sheets.map((ws, i): SheetData => {
        const data: SheetData = { name: ws.name, rows: fillGaps(rows[i]) };
        if (ws.visibility !== 'Visible') data.hidden = true;
        const tables: TableInfo[] = tableRanges[i].map(({ name, range }) => ({
          name,
          top: range.rowIndex,
          left: range.columnIndex,
          bottom: range.rowIndex + range.rowCount - 1,
          right: range.columnIndex + range.columnCount - 1,
        }));
        if (tables.length) data.tables = tables;
        const m = merges[i];
        if (m && !m.isNullObject) data.merges = parseAreas(m.address);
        return data;
      }),
    };
  });
}

/** Rows above the used range are empty arrays, never holes (the core iterates them). */
export function fillGaps(rows: CellValue[][]): CellValue[][] {
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return rows;
}
