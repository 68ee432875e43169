// Appends new strings to the workbook's shared string table; existing indexes stay valid.
import { escapeText } from './xml';

export class SharedStringAppender {
  private readonly added = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  /** @param baseCount number of <si> items already in sharedStrings.xml */
  constructor(private readonly baseCount: number) {}

  index(s: string): number {
    this.uses++;
    const text = s.length > 32767 ? s.slice(0, 32767) : s; // Excel's cell text limit
    let i = this.added.get(text);
    if (i === undefined) {
      i = this.baseCount + this.items.length;
      this.added.set(text, i);
      this.items.push(`<si><t xml:space="preserve">${escapeText(text)}</t></si>`);
    }
    return i;
  }

  /** The new sharedStrings.xml: the original one with our items appended. */
  apply(original: string | null): string {
    const xml =
      original ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';
    const prefix = /<(\w+:)?sst[\s>]/.exec(xml)?.[1] ?? '';
    const items = prefix ? this.items.map((s) => s.replace(/<(\/?)(si|t)\b/g, `<$1${prefix}$2`)) : this.items;
    let out = xml.replace(/<(\w+:)?sst\b[^>]*?\/>/, (m) => `${m.slice(0, -2)}></${prefix}sst>`);
    const end = out.lastIndexOf(`</${prefix}sst>`);
    out = out.slice(0, end) + items.join('') + out.slice(end);
    return out.replace(/<(\w+:)?sst\b[^>]*>/, (open) => {
      const total = Number(/\scount="(\d+)"/.exec(open)?.[1] ?? this.baseCount) + this.uses;
      const unique = this.baseCount + this.items.length;
      return open
        .replace(/\s(count|uniqueCount)="\d*"/g, '')
        .replace(/>$/, ` count="${total}" uniqueCount="${unique}">`);
    });
  }
}

/** Number of <si> items in a sharedStrings.xml. */
export function countStringItems(xml: string | null): number {
  return xml?.match(/<(?:\w+:)?si[\s/>]/g)?.length ?? 0;
}
