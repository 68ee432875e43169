// The char-code fast paths of the text normalisers give exactly what their regex definitions give, for every
// UTF-16 code unit in the contexts that matter (start, middle, end, beside spaces and CJK).
import fc from 'fast-check';
import { displayText, isErrorValue, titleKey, toHalfWidth } from '../../src/core/text';

const TITLE_NOISE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u3000《》<>"'“”‘’「」『』【】[\]()（）:：,，.。!！?？、;；\-—_·＂＇［］＜＞－＿]/g;
const NEEDS_TIDY = /[\u200B-\u200D\u2060\uFEFF\u00AD\t\n\r\f\v\u00A0\u3000]|\s\s|^\s|\s$/;
const titleKeyByRegex = (s: string) => toHalfWidth(s.replace(TITLE_NOISE, '')).toLowerCase();
const displayTextByRegex = (s: string) =>
  (NEEDS_TIDY.test(s) ? s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\s\u00A0\u3000]+/g, ' ').trim() : s);

function* contexts(): Generator<string> {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    yield ch;
    yield `A${ch}中`;
    yield `${ch} x`;
    yield `x\u3000${ch}`;
    yield `Ab${ch}\u2003`;
  }
  yield '😀Ａｂ“Ｃ”'; // a surrogate pair, full-width letters
}

describe('text fast paths', () => {
  it('titleKey equals the regex-and-toLowerCase definition', () => {
    const wrong: string[] = [];
    for (const s of contexts()) if (titleKey(s) !== titleKeyByRegex(s)) wrong.push(s);
    expect(wrong).toEqual([]);
    expect(titleKey('《青山》：ＡＢＣ “测试”（1）')).toBe('青山abc测试1');
  });

  it('displayText equals the regex definition', () => {
    const wrong: string[] = [];
    for (const s of contexts()) if (displayText(s) !== displayTextByRegex(s)) wrong.push(s);
    expect(wrong).toEqual([]);
    expect(displayText(' 县财政局\u200b\u3000 ')).toBe('县财政局');
  });

  it('displayText equals the regex definition on mixes of spaces, invisible characters and text', () => {
    // runs of white space and zero-width characters at either end and inside: the trimming fast path and the fallback
    const ch = fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\n', '\u200b', '\u00ad', '\ufeff', '\u2060', '\u2003', '县', 'A', '：', '1');
    fc.assert(fc.property(fc.array(ch, { maxLength: 12 }), (chars) => {
      const s = chars.join('');
      expect(displayText(s)).toBe(displayTextByRegex(s));
    }), { numRuns: 5000 });
    // and every string of up to five of these characters (16^5), the trimming fast path's corners included
    const alphabet = [' ', '\u3000', '\u00a0', '\t', '\n', '\u200b', '\u00ad', '\ufeff', '\u2060', '\u2003', '\u1680', '\u202f', '县', 'A', '：', '1'];
    const wrong: string[] = [];
    const grow = (s: string, depth: number): void => {
      if (displayText(s) !== displayTextByRegex(s)) wrong.push(s);
      if (depth < 5) for (const c of alphabet) grow(s + c, depth + 1);
    };
    grow('', 0);
    expect(wrong).toEqual([]);
    expect(displayText('\u3000 黎 娜\u200b ')).toBe('黎 娜');
    expect(displayText(' 黎  娜 ')).toBe('黎 娜');
  });

  it('isErrorValue equals its regex definition on texts around the error codes', () => {
    const byRegex = (t: string) => t.length <= 20 && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(t.trim());
    const part = fc.constantFrom('#', 'N/A', 'VALUE!', 'REF!', 'DIV/0!', 'NAME?', 'GETTING_DATA', ' ', '\u3000', '\u00a0', '\t', 'x', '县', '!');
    fc.assert(fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
      const t = parts.join('');
      expect(isErrorValue(t)).toBe(byRegex(t));
    }), { numRuns: 5000 });
    expect(isErrorValue(' #N/A ')).toBe(true);
    expect(isErrorValue('\u3000#REF!')).toBe(true);
    expect(isErrorValue('A#N/A')).toBe(false);
    expect(isErrorValue({ error: '#DIV/0!' })).toBe(true);
    expect(isErrorValue(new Date(0))).toBe(false);
  });
});
