// The Word notice, read back by independent tools: unzip + xmllint + a namespace-aware parser for the XML,
// LibreOffice headless for the layout (page count, embedded images), PNG pages under test-output/notice/.
import * as fs from 'fs';
import * as path from 'path';
import { calculate, type CalcResult, type Report, type WorkbookData } from '../../src/core';
import { readXlsx } from '../../src/file';
import { localToday, run } from '../../src/cli/main';
import { noticeDocx } from '../../src/notice/wordNotice';
import { gongwenDate } from '../../src/notice/chineseDate';
import { charWidth, mm } from '../../src/notice/gongwen';
import { rulesSheet } from '../../src/core/settingsTemplate';
import { defaultRules } from '../../src/core/rules';
import { ledgerSheet, sheetFromOutput, workbook } from '../core/fixtures';
import { lintAll, part, parts, readBody, type DocxBody, type Para } from './docxReader';
import { renderDocx } from './render';
import { barsPng } from './png';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'notice');
const SAMPLE = path.join(ROOT, 'assets', 'sample-ledger.xlsx');
const HEADING_FONT = '黑体';
const BODY_FONT = '仿宋_GB2312';

let sample: WorkbookData;
beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  sample = await readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
});

const headings = (b: DocxBody) => b.paragraphs.filter((p) => /^[一二三四五六七八九十]、/.test(p.text));
const textOf = (b: DocxBody) => b.paragraphs.map((p) => p.text).join('\n');
const bodyParas = (b: DocxBody) => b.paragraphs.filter((p) => !p.inTable && p.style['ind.firstLine'] === '640' && !/^[一二三四五]、/.test(p.text));

async function writeNotice(result: CalcResult, name: string, charts = false): Promise<string> {
  const image = (bars: number) => ({ png: barsPng(560, 300, bars), width: 560, height: 300 });
  const file = path.join(OUT, name);
  fs.writeFileSync(file, await noticeDocx(result.notice, charts ? { trend: image(6), units: image(10) } : {}));
  return file;
}

describe('publicity-ledger calc --notice (a quarter, charts drawn by resvg)', () => {
  const file = path.join(OUT, '通报-2026Q3.docx');
  let report: Report;
  let body: DocxBody;
  let logged: string[];

  beforeAll(async () => {
    logged = [];
    const json = path.join(OUT, 'report-2026Q3.json');
    const code = await run(['calc', SAMPLE, '--period', '2026Q3', '--out', path.join(OUT, 'result.xlsx'), '--json', json, '--notice', file], (s) => logged.push(s), (s) => logged.push(s));
    expect(code).toBe(0);
    report = JSON.parse(fs.readFileSync(json, 'utf8'));
    body = readBody(part(file, 'word/document.xml'));
  });

  it('says where the notice went', () => {
    expect(logged.join('\n')).toContain(`通报（Word）已写入：${file}`);
  });

  it('is a well-formed package: every XML part parses strictly, with the parts Word needs', () => {
    expect(lintAll(file)).toEqual([]);
    expect(parts(file)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml', 'word/settings.xml']));
  });

  it('A4 with the GB/T 9704 margins', () => {
    expect(body.pageSize).toMatchObject({ w: '11906', h: '16838' });
    expect(body.pageMargin).toMatchObject({ top: String(mm(37)), bottom: String(mm(35)), left: String(mm(28)), right: String(mm(26)) });
    expect(mm(37)).toBe(2098);
  });

  it('title centred in 二号 方正小标宋简体, 主送 flush left with a colon', () => {
    const [title, , addressees] = body.paragraphs;
    expect(title.text).toBe('关于2026年第三季度人大宣传工作情况的通报');
    expect(title.style['jc.val']).toBe('center');
    expect(title.runs[0]).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    // too long for one line: broken after the period, not inside a word
    expect(title.runs.map((r) => r.text)).toEqual(['关于2026年第三季度', '人大宣传工作情况的通报']);
    expect(addressees.text).toBe('各委室、各乡镇（街道）人大：');
    expect(addressees.style['ind.firstLine']).toBeUndefined();
  });

  it('numbered sections in 黑体, body in 三号 仿宋_GB2312 indented two characters', () => {
    expect(headings(body).map((h) => h.text)).toEqual(['一、总体情况', '二、排名情况', '三、目标任务完成情况', '四、稿酬兑现']);
    for (const h of headings(body)) expect(h.runs[0].eastAsia).toBe(HEADING_FONT);
    const paras = bodyParas(body);
    expect(paras.length).toBeGreaterThanOrEqual(6);
    for (const p of paras) for (const r of p.runs) expect(r).toMatchObject({ eastAsia: BODY_FONT, size: 32 });
  });

  it('carries the figures of the JSON report: stipend total, the top person and unit with their points', () => {
    const text = textOf(body);
    // figures read as everywhere else (issue 12): 16,500.00 元, points with two decimals
    const yuan = (report.stipendTotalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(text).toContain(`本期应发稿酬合计${yuan}元`);
    const top = report.people[0];
    expect(text).toContain(`${top.name}（${top.unit}，${top.points.toFixed(2)}分）`);
    const tableCells = body.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    expect(tableCells).toEqual(expect.arrayContaining([top.name, top.points.toFixed(2), report.units[0].unit, report.units[0].points.toFixed(2)]));
    expect(body.tables).toBe(2); // headline figures, people and units side by side
  });

  it('ends with the 落款: issuer from the ledger title centred over today\'s date in 公文 form', () => {
    const attachment = body.paragraphs.findIndex((p) => p.text === '附件');
    const [issuer, date] = body.paragraphs.slice(0, attachment).slice(-2);
    expect(issuer.text).toBe('青山县人大常委会办公室');
    expect(date.text).toBe(gongwenDate(localToday()));
    expect(date.text).toMatch(/^\d{4}年[1-9]\d?月[1-9]\d?日$/);
    expect([issuer.style['jc.val'], date.style['jc.val']]).toEqual(['right', 'right']);
    // the date four characters from the right; the issuer's centre over the date's centre (16 pt = 320 twips)
    expect(Number(date.style['ind.right'])).toBe(4 * 320);
    const centre = (p: Para) => Number(p.style['ind.right']) / 320 + charWidth(p.text) / 2;
    expect(centre(issuer)).toBeCloseTo(centre(date), 5);
  });

  it('page numbers — n — in the footers, right on odd pages and left on even ones; fonts fall back', () => {
    const footers = parts(file).filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => part(file, p));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toContain('— ');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort()).toEqual(['left', 'right']);
    expect(part(file, 'word/settings.xml')).toContain('evenAndOddHeaders');
    const fonts = part(file, 'word/fontTable.xml');
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it('LibreOffice renders the notice on two A4 pages with the title, 落款 and page numbers, the three charts on a third', () => {
    const r = renderDocx(file, OUT);
    expect(r.pages).toBe(3);
    expect(r.imagePages).toEqual([3, 3, 3]);
    expect(parts(file).filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(3);
    const flat = r.text.replace(/\s+/g, '');
    expect(flat).toContain('关于2026年第三季度人大宣传工作情况的通报');
    expect(flat).toContain('青山县人大常委会办公室');
    expect(flat).toContain('—1—');
    expect(r.pngs).toHaveLength(r.pages);
  });
});

describe('charts drawn by a browser shell go to an 附件 page', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeNotice(calculate(sample, { period: '2026Q3', today: '2026-10-09' }), '通报-2026Q3-图表.docx', true);
  });

  it('embeds both PNGs and names the attachment before the 落款', () => {
    const body = readBody(part(file, 'word/document.xml'));
    expect(body.images).toBe(2);
    expect(parts(file).filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(2);
    expect(part(file, '[Content_Types].xml')).toMatch(/Extension="png"/);
    const texts = body.paragraphs.map((p) => p.text);
    expect(texts).toContain('附件：2026年第三季度人大宣传工作图表');
    expect(texts.indexOf('附件：2026年第三季度人大宣传工作图表')).toBeLessThan(texts.indexOf('青山县人大常委会办公室'));
    expect(texts.indexOf('2026年10月9日')).toBeLessThan(texts.lastIndexOf('附件'));
  });

  it('renders as the two-page notice plus one page with both charts', () => {
    const r = renderDocx(file, OUT);
    expect(r.pages).toBe(3);
    expect(r.imagePages).toEqual([3, 3]);
    const lastPage = r.text.split('\f')[2].replace(/\s+/g, '');
    expect(lastPage).toContain('2026年第三季度人大宣传工作图表');
  });
});

describe('a year adds the award candidates; a month is the short form', () => {
  it('year: 五、年度评先建议 with the candidates of the rankings', async () => {
    const result = calculate(sample, { period: '2026', today: '2026-12-31' });
    const file = await writeNotice(result, '通报-2026.docx', true);
    const body = readBody(part(file, 'word/document.xml'));
    expect(headings(body).map((h) => h.text)).toEqual(['一、总体情况', '二、排名情况', '三、目标任务完成情况', '四、稿酬兑现', '五、年度评先建议']);
    expect(body.tables).toBe(5);
    const cells = body.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    const units = result.report.units.filter((u) => u.rank <= defaultRules().awardUnits).map((u) => u.unit);
    expect(units.length).toBeGreaterThanOrEqual(5);
    expect(cells).toEqual(expect.arrayContaining(units));
    expect(textOf(body)).toContain('较上年（'); // a year compares with the year before once, not twice
    const r = renderDocx(file, OUT);
    expect(r.images).toBe(2);
  });

  it('month: three prose sections, no tables or charts, within two pages', async () => {
    const file = await writeNotice(calculate(sample, { period: '2026-07', today: '2026-10-09' }), '通报-2026-07.docx', true);
    const body = readBody(part(file, 'word/document.xml'));
    expect(headings(body).map((h) => h.text)).toEqual(['一、总体情况', '二、排名情况', '三、任务与稿酬']);
    expect(body.tables).toBe(0);
    expect(body.images).toBe(0);
    expect(body.paragraphs[0].text).toBe('关于2026年7月人大宣传工作情况的通报');
    expect(renderDocx(file, OUT).pages).toBeLessThanOrEqual(2);
  });
});

describe('发文单位 and 主送 from 统计规则', () => {
  const ledger = ledgerSheet('台账', [
    ['甲', '张三', '城关镇', '人民日报', '国家级', '消息', '2026-07-01', ''],
    ['乙', '李四', '财经委', '省报', '省级', '通讯', '2026-08-02', ''],
  ]);

  it('uses the settings when given', async () => {
    const rules = { ...defaultRules(), issuer: '白水区人大常委会研究室', addressees: '各街道人大工委，区人大常委会各委室' };
    const result = calculate(workbook(ledger, sheetFromOutput(rulesSheet(rules))), { period: '2026Q3', today: '2026-10-09' });
    expect(result.notice).toMatchObject({ issuer: '白水区人大常委会研究室', addressees: '各街道人大工委，区人大常委会各委室' });
    const body = readBody(part(await writeNotice(result, 'settings.docx'), 'word/document.xml'));
    expect(body.paragraphs[2].text).toBe('各街道人大工委，区人大常委会各委室：');
    expect(body.paragraphs.at(-2)!.text).toBe('白水区人大常委会研究室');
  });

  it('falls back to the ledger title, then to a placeholder the clerk edits', () => {
    expect(calculate(workbook(ledger), { today: '2026-10-09' }).notice.issuer).toBe('青山县人大常委会办公室');
    const untitled = { ...ledger, rows: ledger.rows.slice(1), merges: [] };
    expect(calculate(workbook(untitled), { today: '2026-10-09' }).notice.issuer).toBe('××县人大常委会办公室');
  });

  it('a 主送 written with a trailing colon is not doubled', () => {
    const rules = { ...defaultRules(), addressees: '各委室：' };
    const sheet = sheetFromOutput(rulesSheet(rules));
    expect(calculate(workbook(ledger, sheet), { today: '2026-10-09' }).notice.addressees).toBe('各委室');
  });
});
