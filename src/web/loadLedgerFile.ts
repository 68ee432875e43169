// Opening a file chosen or dropped by the user: check it is a readable .xlsx that contains a ledger,
// with a plain Chinese message for everything else.
import { detectLedger, NoLedgerError, type WorkbookData } from '../core';
import { calcClient } from '../ui/calc/client';
import { isXlsxName } from './resultFile';
import { loadMapping } from './mappingStore';

export interface LoadedFile {
  name: string;
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
  if (!isXlsxName(file.name)) {
    throw new LoadError(`“${file.name}”不是 .xlsx 工作簿`, '请在 Excel 或 WPS 中“另存为” Excel 工作簿（*.xlsx）后再打开。');
  }
  const data = new Uint8Array(await file.arrayBuffer());
  let workbook: WorkbookData;
  try {
    // unzipped and parsed in the calculation worker (in-thread where there is none)
    workbook = await calcClient().run({ kind: 'readXlsx', data }).promise;
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
