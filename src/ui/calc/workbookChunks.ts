// Splitting a workbook into messages of at most CHUNK_ROWS rows, and putting it together again.
import type { SheetData, WorkbookData } from '../../core';
import type { WorkbookPiece } from './protocol';

/** About 20–60 ms to clone on a slow office PC for a 15-column ledger. */
export const CHUNK_ROWS = 5000;

export function* workbookPieces(id: number, wb: WorkbookData, chunkRows = CHUNK_ROWS): Generator<WorkbookPiece> {
  yield { type: 'wbStart', id, sheets: wb.sheets.map((s) => ({ ...s, rows: [] })) };
  for (let sheet = 0; sheet < wb.sheets.length; sheet++) {
    const rows = wb.sheets[sheet].rows;
    for (let from = 0; from < rows.length; from += chunkRows) {
      yield { type: 'wbRows', id, sheet, rows: rows.slice(from, from + chunkRows) };
    }
  }
}

/** Receives pieces (in order) and keeps the workbooks they build, by id. */
export class WorkbookStore {
  private readonly books = new Map<number, WorkbookData>();

  constructor(private readonly keep = 4) {}

  accept(piece: WorkbookPiece): void {
    if (piece.type === 'wbStart') {
      this.put(piece.id, { sheets: piece.sheets.map((s): SheetData => ({ ...s, rows: [] })) });
      return;
    }
    const rows = this.get(piece.id).sheets[piece.sheet].rows;
    for (const r of piece.rows) rows.push(r);
  }

  put(id: number, wb: WorkbookData): void {
    this.books.set(id, wb);
    // Only the latest few are ever referenced again (the page's current file); let the rest go.
    for (const old of this.books.keys()) if (this.books.size > this.keep) this.books.delete(old);
  }

  get(id: number): WorkbookData {
    const wb = this.books.get(id);
    if (!wb) throw new Error(`workbook ${id} is not held by this thread`);
    return wb;
  }
}
