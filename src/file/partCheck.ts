// A damaged part must stop the run: computing money from the rows before the damage would be silently
// wrong. These checks are cheap enough for a 100k-row sheet (no second parse of the data).
import { utf8Decode, utf8Text } from './zip';

/** Thrown by the scanners when a part's markup is cut off or broken; turned into a message naming it. */
export class MalformedPart extends Error {
  constructor() {
    super('malformed XML part');
    this.name = 'MalformedPart';
  }
}

/** The part must end with the closing tag of its root element `root` (any prefix): a cut part does not. */
export function assertComplete(xml: string, root: string): void {
  let end = xml.length;
  while (end > 0 && /\s/.test(xml[end - 1])) end--;
  const tail = xml.slice(Math.max(0, end - root.length - 64), end);
  const closed = new RegExp(`</(?:[\\w.-]+:)?${root}\\s*>$`).test(tail);
  const empty = new RegExp(`<(?:[\\w.-]+:)?${root}\\b[^<>]*/>$`).test(tail);
  if (!closed && !empty) throw new MalformedPart();
}

/** assertComplete on a part's bytes, decoding only its tail (a sheet part is tens of MB). */
export function assertCompleteBytes(bytes: Uint8Array, root: string): void {
  for (let n = 1024; ; n *= 8) {
    const from = Math.max(0, bytes.length - n);
    if (from === 0) return assertComplete(utf8Decode(bytes), root);
    // the window's first few characters may be a cut multi-byte sequence: they must lie before the part checked
    const tail = utf8Text(bytes.subarray(from));
    if (tail.trimEnd().length > root.length + 64 + 4) return assertComplete(tail, root);
  }
}

export function damagedSheetMessage(sheet: string): string {
  return `工作表“${sheet}”已损坏（XML 内容不完整或格式错误），无法读取，未进行任何统计。请在 Excel 或 WPS 中打开后重新保存，或改用备份文件。 (Sheet "${sheet}" is damaged; nothing was computed.)`;
}

export function damagedPartMessage(part: string): string {
  return `文件中的${part}已损坏（XML 内容不完整或格式错误），无法读取，未进行任何统计。请在 Excel 或 WPS 中打开后重新保存，或改用备份文件。 (A workbook part is damaged; nothing was computed.)`;
}

const PART_NAMES: Array<[RegExp, string]> = [
  [/^\[Content_Types\]\.xml$/i, '内容类型表'],
  [/\.rels$/i, '关系表'],
  [/(^|\/)workbook\.xml$/i, '工作簿结构'],
  [/(^|\/)app\.xml$/i, '应用程序属性'],
  [/(^|\/)core\.xml$/i, '文档属性'],
  [/(^|\/)custom\.xml$/i, '自定义属性'],
  [/(^|\/)styles\.xml$/i, '样式表'],
  [/(^|\/)sharedStrings\.xml$/i, '共享字符串表'],
];

/** A part's name for messages: its role in Chinese and its path, e.g. 工作簿结构（xl/workbook.xml）. */
export function partLabel(path: string): string {
  const role = PART_NAMES.find(([re]) => re.test(path))?.[1] ?? '部件';
  return `${role}（${path}）`;
}
