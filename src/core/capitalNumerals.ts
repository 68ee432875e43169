// Amounts in Chinese capital numerals (大写) for the finance office: 壹仟贰佰元整, 壹佰零伍元叁角.
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(n / 10 ** i) % 10;
    if (d === 0) { zero = out !== ''; continue; }
    if (zero) { out += '零'; zero = false; }
    out += DIGITS[d] + SMALL_UNITS[i];
  }
  return out;
}

export function capitalYuan(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new Error(`金额必须是非负整数分：${fen}`);
  const yuanPart = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenPart = fen % 10;
  let out = '';
  if (yuanPart > 0) {
    const groups: number[] = [];
    for (let n = yuanPart; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
    let pendingZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const v = groups[g];
      if (v === 0) { pendingZero = out !== ''; continue; }
      if (out !== '' && (pendingZero || v < 1000)) out += '零';
      out += fourDigits(v) + BIG_UNITS[g];
      pendingZero = false;
    }
    out += '元';
  }
  if (jiao === 0 && fenPart === 0) return (out || '零元') + '整';
  if (jiao > 0) out += DIGITS[jiao] + '角';
  else if (yuanPart > 0) out += '零';
  if (fenPart > 0) out += DIGITS[fenPart] + '分';
  else out += '整';
  return out;
}
