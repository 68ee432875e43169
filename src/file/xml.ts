// Tiny XML helpers for the SpreadsheetML parts we scan and write by hand (a DOM parser would be
// far too slow and memory-hungry for a 100k-row sheet, and must also work without a DOM in Node).

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode XML entities and OOXML `_xHHHH_` escapes in text content or attribute values. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return NAMED[e] ?? m;
    });
  }
  if (s.indexOf('_x') >= 0) {
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return s;
}

// Characters not allowed in XML 1.0 (Excel refuses the file if they appear).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"]/;

/** Escape text for element content or a double-quoted attribute. */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s; // most texts: nothing to escape, no five passes over them
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Escape for a text node that must keep a literal `_xHHHH_` (Excel would decode it otherwise). */
export function escapeText(s: string): string {
  return escapeXml(s.indexOf('_x') < 0 ? s : s.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1'));
}

/** Attributes of one start tag's attribute text: `r="A1" s="2"` -> { r: 'A1', s: '2' }. Prefixes dropped. */
export function parseAttrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = m[1];
    const value = decodeXml(m[3] ?? m[4] ?? '');
    out[key] = value;
    const colon = key.indexOf(':');
    if (colon >= 0 && !key.startsWith('xmlns')) out[key.slice(colon + 1)] ??= value;
  }
  return out;
}

/** Every start (or empty) tag with the given local name, any namespace prefix, as attribute maps. */
export function findTags(xml: string, localName: string): Array<Record<string, string>> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, 'g');
  const out: Array<Record<string, string>> = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(parseAttrs(m[1]));
  return out;
}

/** Concatenated text of all <t> runs in a string item, skipping phonetic runs (<rPh>). */
export function stringItemText(inner: string): string {
  if (inner.indexOf('<rPh') >= 0) inner = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t\s*\/>/g;
  for (let m = re.exec(inner); m; m = re.exec(inner)) text += m[1] ?? '';
  return decodeXml(text);
}
