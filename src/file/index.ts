// The .xlsx file shell: read a workbook for the core, write the core's result sheets back.
// Browser-safe: bytes in, bytes out; no Node APIs.
export { readXlsx } from './reader';
export { serialToDate } from './readRows';
export type { ReadOptions } from './reader';
export { writeResults } from './writer';
export type { WriteOptions, WriteOutcome } from './writer';
export { FileReadError } from './errors';
export { CSV_SHEET, workbookBytes } from './csv';
