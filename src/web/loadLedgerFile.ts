// Opening a file chosen or dropped by the user: check it is a readable .xlsx (or a CSV ledger, which becomes
// a one-sheet .xlsx as in the CLI) that contains a ledger, with a plain Chinese message for everything else.
import { detectLedger, NoLedgerError, type WorkbookData } from '../core';
import { calcClient } from '../ui/calc/client';
import { isLedgerName } from './resultFile';
import { loadMapping } from './mappingStore';

export interface LoadedFile {
  name: string;
  /** the workbook the results are written into: the file itself, or for a CSV ledger its one-sheet .xlsx */
  data: Uint8Array;
  workbook: WorkbookData;
}

/** A file the page cannot use: a short title for the message bar and the explanation under it. */
export class LoadError extends Error {
  override name = 'LoadError';
  constructor(readonly title: string, readonly detail: string) {
    super(`${title}。${detail}`);
  }
}

export async function loadLedgerFile(file: File): Promise<LoadedFile> {
  if (!isLedgerName(file.name)) {
    throw new LoadError(
      `“${file.name}”不是 .xlsx 工作簿或 CSV 台账`,
      '请在 Excel 或 WPS 中“另存为” Excel 工作簿（*.xlsx）或 CSV（逗号分隔）后再打开。',
    );
  }
  let workbook: WorkbookData;
  let data: Uint8Array;
  try {
    // converted (CSV), unzipped and parsed in the calculation worker (in-thread where there is none)
    const calc = calcClient();
    data = await calc.run({ kind: 'workbookBytes', data: new Uint8Array(await file.arrayBuffer()), name: file.name }).promise;
    workbook = await calc.run({ kind: 'readXlsx', data }).promise;
  } catch (e) {
    // the file shell's own errors (FileReadError) are already plain Chinese
    const detail = e instanceof Error && e.name === 'FileReadError' ? e.message : '文件已损坏或不是 Excel 工作簿。';
    throw new LoadError(`无法打开“${file.name}”`, detail);
  }
  const detection = detectLedger(workbook, loadMapping(file.name));
  if (detection.sources.length === 0 && detection.candidates.length === 0) {
    throw new LoadError(`“${file.name}”中未找到稿件登记台账`, new NoLedgerError().message.replace(/^未找到稿件登记台账：/, ''));
  }
  return { name: file.name, data, workbook };
}
