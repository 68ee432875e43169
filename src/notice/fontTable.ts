// Fallbacks for the 公文 fonts. Word has no font list in a run; it substitutes a missing font by the font
// table's alternate name (w:altName) and character set, so each GB2312-era name points to the font every
// Windows has: 仿宋_GB2312 → 仿宋 (FangSong), 楷体_GB2312 → 楷体 (KaiTi), 方正小标宋简体 → 宋体 (SimSun).
import JSZip from 'jszip';
import { FONT } from './gongwen';

export const FONT_FALLBACKS: Record<string, { alt: string; family: 'roman' | 'modern' | 'swiss' }> = {
  [FONT.title]: { alt: '宋体', family: 'roman' },
  [FONT.body]: { alt: '仿宋', family: 'modern' },
  [FONT.subheading]: { alt: '楷体', family: 'modern' },
  [FONT.heading]: { alt: 'SimHei', family: 'modern' },
  [FONT.pageNumber]: { alt: 'SimSun', family: 'roman' },
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function fontEntry(name: string): string {
  const f = FONT_FALLBACKS[name];
  // charset 86 = GB2312 (Word writes it in hex); pitch variable as the Windows CJK fonts declare it.
  return `<w:font w:name="${name}"><w:altName w:val="${f.alt}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`;
}

/** Adds (or replaces) the entries of our fonts in word/fontTable.xml, creating the part if docx left it out. */
export async function withFontFallbacks(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const path = 'word/fontTable.xml';
  const existing = await zip.file(path)?.async('string');
  const entries = Object.keys(FONT_FALLBACKS).map(fontEntry).join('');
  let xml: string;
  if (existing) {
    const kept = existing.replace(/<w:font\b[^>]*w:name="([^"]*)"[^>]*(?:\/>|>[\s\S]*?<\/w:font>)/g, (m, name: string) => (name in FONT_FALLBACKS ? '' : m));
    xml = /<\/w:fonts>\s*$/.test(kept)
      ? kept.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`)
      : kept.replace(/<w:fonts\b([^>]*?)\s*\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
  } else {
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${entries}</w:fonts>`;
  }
  zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
