// The 成文日期 of a 公文 in Arabic numerals without leading zeros (GB/T 9704-2012 7.3.5.1): 2026年10月9日.
export function gongwenDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
