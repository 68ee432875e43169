// The char-code sheet scanner and the byte-level shared string append against independent references: the
// regex path for prefixed markup (<x:c>), a strict namespace-aware XML parser, and the string-level append.
import { parseSheetRows } from '../../src/file/reader';
import { MalformedPart, assertComplete, assertCompleteBytes } from '../../src/file/partCheck';
import { SharedStringAppender, countStringItems } from '../../src/file/sharedStrings';
import { strictErrors } from './strictXml';

const ctx = { strings: ['甲', '乙', 'AT&T'], dateStyles: [false, true], date1904: false };
const wrap = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="urn:x14ac"><sheetData>${rows}</sheetData></worksheet>`;
/** The same sheet with every element prefixed x:, which goes through the regex scanner instead. */
const prefixed = (xml: string) => xml.replace(/<(\/?)(worksheet|sheetData|row|c|v|is|t)\b/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');

const ROW1 = '<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>46208</v></c><c r="C1"><v>3.5</v></c></row>';
// attributes in another order, single quotes, spaces around '=', a '>' inside an unrelated attribute value
const ROW3 = "<row r='3'><c t='s' r='B3'><v>1</v></c><c x14ac:foo=\"a>b\" r = \"D3\" t=\"s\"><v>2</v></c><c r=\"E3\" s=\"0\" t=\"b\"><v>1</v></c></row>";
// cells without a reference follow the previous one; empty styled cells; inline strings; errors; formulas
const ROW4 = '<row r="4"><c r="A4" s="1"/><c t="inlineStr"><is><t>内联</t></is></c><c t="e"><v>#N/A</v></c><c r="F4" t="str"><f>A1</f><v>x&amp;y</v></c></row>';
const ROWS = `${ROW1}${ROW3}${ROW4}<row><c r="A5"><v>7</v></c></row>`;

describe('sheet scanner', () => {
  it('reads attributes in any order and quoting', () => {
    const rows = parseSheetRows(wrap(ROWS), ctx);
    expect(rows[0]).toEqual(['甲', new Date(Date.UTC(2026, 6, 5)), 3.5]);
    expect(rows[1]).toEqual([]);
    expect(rows[2]).toEqual([null, '乙', null, 'AT&T', true]);
    expect(rows[3]).toEqual([null, '内联', { error: '#N/A' }, null, null, 'x&y']);
    expect(rows[4]).toEqual([7]);
  });

  it('agrees with the regex path of prefixed markup (which reads double-quoted attributes only)', () => {
    const xml = wrap(`${ROW1}${ROW4}<row><c r="A5"><v>7</v></c></row>`);
    expect(parseSheetRows(prefixed(xml), ctx)).toEqual(parseSheetRows(xml, ctx));
    expect(parseSheetRows(xml, ctx)[4]).toEqual([7]);
  });

  it('refuses a sheet cut off inside a cell', () => {
    const xml = wrap(ROWS);
    for (const cut of [xml.indexOf('<c r="C1"') + 5, xml.indexOf('<v>3.5') + 4, xml.indexOf("t='s' r='B3'") + 3]) {
      expect(() => parseSheetRows(xml.slice(0, cut), ctx)).toThrow(MalformedPart);
    }
  });
});

describe('byte scanner against the regex path and Number()', () => {
  // numbers the one-pass and decimal fast paths take, and the texts that must fall back to Number() or stay text
  const NUMBERS = ['0', '7', '007', '-0', '-12', '123456789012345', '1234567890123456', '99999999999999999999', '3.5', '-12.50',
    '0.1', '0.30000000000000004', '.5', '5.', '-.5', '1e3', '1E-7', '-2.5e+2', ' 42', '42 ', '+5', '0x10', 'Infinity', '-', '.', '',
    '1.2.3', '12a', '4503599627370497.5', '0.000000000000001', '123456.789012345', '9007199254740993', '0.3', '2.675', '1.15',
    // decimals whose correctly rounded value a multiplication by 0.1^k would miss
    ...Array.from({ length: 600 }, (_, k) => (k % 2 ? '-' : '') + ((k * 7919) / 997).toFixed(1 + (k % 9)))];

  it('reads every <v> text as Number() does, or as text when it is no finite number', () => {
    const rows = parseSheetRows(wrap(`<row r="1">${NUMBERS.map((v) => `<c><v>${v}</v></c>`).join('')}</row>`), ctx);
    NUMBERS.forEach((v, k) => {
      const n = Number(v);
      const expected = v === '' ? null : !Number.isFinite(n) ? v : n;
      expect({ v, got: rows[0][k] ?? null }).toEqual({ v, got: expected });
    });
    const prefixedXml = prefixed(wrap(NUMBERS.map((v, k) => `<row r="${k + 1}"><c r="A${k + 1}"><v>${v}</v></c></row>`).join('')));
    expect(parseSheetRows(prefixedXml, ctx)).toEqual(parseSheetRows(prefixedXml.replace(/x:/g, '').replace('xmlns:x=', 'xmlns='), ctx));
  });

  it('finds the end of a part past long trailing whitespace and multi-byte text, as the text check does', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const verdict = (check: () => void) => { try { check(); return 'ok'; } catch (e) { return (e as Error).name; } };
    const body = wrap(`<row r="1"><c t="inlineStr"><is><t>${'统计台账'.repeat(400)}</t></is></c></row>`);
    for (const xml of [body, `${body}${' \n'.repeat(3000)}`, `${body}\u3000\u00a0`, body.slice(0, -3), `${body.slice(0, -12)}${' '.repeat(5000)}`,
      body.replace('</worksheet>', '<!-- 尾注 --></worksheet>'), `${body.slice(0, -12)}统计</worksheet>`, '<worksheet/>']) {
      expect(verdict(() => assertCompleteBytes(enc(xml), 'worksheet'))).toBe(verdict(() => assertComplete(xml, 'worksheet')));
    }
  });
});

describe('shared string table appended in bytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const dec = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  const items = '<si><t>甲</t></si><si><r><t>富</t></r><r><t>文本</t></r></si><si/>';
  const tables = {
    plain: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="3">${items}</sst>`,
    bom: `\ufeff<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="3">${items}</sst>\n`,
    prefixed: `<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">${items.replace(/<(\/?)(si|r|t)\b/g, '<$1x:$2')}</x:sst>`,
    empty: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  };

  it.each(Object.entries(tables))('%s: same part as the string-level append, well-formed, items counted', (_name, xml) => {
    const bytes = enc(xml);
    const base = countStringItems(bytes);
    expect(base).toBe(xml.match(/<(?:\w+:)?si[\s/>]/g)?.length ?? 0);
    const viaBytes = new SharedStringAppender(base);
    const viaText = new SharedStringAppender(base);
    for (const s of ['新 & <新>', '甲', '_x0041_', '新 & <新>']) expect(viaBytes.index(s)).toBe(viaText.index(s));
    const out = dec(viaBytes.applyBytes(bytes));
    expect(out).toBe(viaText.apply(xml));
    expect(strictErrors(out)).toEqual([]);
    expect(countStringItems(enc(out))).toBe(base + 3);
  });

  it('writes a new table when there was none', () => {
    const a = new SharedStringAppender(0);
    a.index('甲');
    const out = dec(a.applyBytes(null));
    expect(strictErrors(out)).toEqual([]);
    expect(out).toContain('count="1" uniqueCount="1"><si><t xml:space="preserve">甲</t></si></sst>');
  });
});
