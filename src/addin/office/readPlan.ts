// Splits the used ranges into row chunks and round-trip batches so that no response exceeds the budget
// and no single get exceeds the cell limit. Pure, so it is tested without Excel.
import { CELL_LIMIT, PAYLOAD_BUDGET_BYTES } from './payload';

export interface SheetExtent {
  sheet: number; // index into the worksheet list
  top: number; // 0-based first row of the used range
  left: number;
  rows: number;
  cols: number;
}

export interface Chunk {
  sheet: number;
  top: number; // 0-based worksheet row
  left: number;
  rows: number;
  cols: number;
}

/** Rows per chunk for a sheet of `cols` columns at an estimated `bytesPerCell`. */
export function rowsPerChunk(cols: number, bytesPerCell: number, budget = PAYLOAD_BUDGET_BYTES): number {
  const byBytes = Math.floor(budget / Math.max(1, cols * bytesPerCell));
  const byCells = Math.floor(CELL_LIMIT / Math.max(1, cols));
  return Math.max(1, Math.min(byBytes, byCells));
}

export function planChunks(extents: SheetExtent[], bytesPerCell: number, budget = PAYLOAD_BUDGET_BYTES): Chunk[] {
  const chunks: Chunk[] = [];
  for (const e of extents) {
    const step = rowsPerChunk(e.cols, bytesPerCell, budget);
    for (let r = 0; r < e.rows; r += step) {
      chunks.push({ sheet: e.sheet, top: e.top + r, left: e.left, rows: Math.min(step, e.rows - r), cols: e.cols });
    }
  }
  return chunks;
}

/** Group chunks into round trips whose estimated response stays within the budget (small sheets share one). */
export function batchChunks(chunks: Chunk[], bytesPerCell: number, budget = PAYLOAD_BUDGET_BYTES): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let bytes = 0;
  let cells = 0;
  for (const c of chunks) {
    const b = c.rows * c.cols * bytesPerCell;
    const n = c.rows * c.cols;
    if (current.length && (bytes + b > budget || cells + n > CELL_LIMIT)) {
      batches.push(current);
      current = [];
      bytes = 0;
      cells = 0;
    }
    current.push(c);
    bytes += b;
    cells += n;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Halve every chunk of a batch that the host rejected as too large. */
export function splitChunks(chunks: Chunk[]): Chunk[] {
  return chunks.flatMap((c) => {
    if (c.rows < 2) return [c];
    const half = Math.ceil(c.rows / 2);
    return [
      { ...c, rows: half },
      { ...c, top: c.top + half, rows: c.rows - half },
    ];
  });
}
