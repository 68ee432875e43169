// LibreOffice headless renders a .docx to PDF (its own profile, so parallel test files do not fight over
// one); poppler counts the pages and images, extracts the text and saves PNG pages for a person to look at.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Rendered {
  pdf: string;
  pages: number;
  /** images (not their alpha masks) */
  images: number;
  /** the page of each image */
  imagePages: number[];
  text: string;
  pngs: string[];
}

export function renderDocx(docx: string, pngDir: string): Rendered {
  const dir = path.dirname(docx);
  const profile = `file:///tmp/lo-notice-test-${process.pid}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120000 });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  // pdfimages -list: two header lines, then one line per image or soft mask (page, num, type, …)
  const rows = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/));
  const imagePages = rows.filter((r) => r[2] === 'image').map((r) => Number(r[0]));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  fs.mkdirSync(pngDir, { recursive: true });
  const prefix = path.join(pngDir, path.basename(docx, '.docx'));
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, prefix]);
  const pngs = fs.readdirSync(pngDir).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png')).map((f) => path.join(pngDir, f));
  return { pdf, pages, images: imagePages.length, imagePages, text, pngs };
}
