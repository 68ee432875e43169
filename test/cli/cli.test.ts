// End to end: the real CLI (node bin/publicity-ledger.js) on the committed sample ledger and on broken input.
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/file';
import { counted, expectedForQuarter, model, quarterDays } from './truth';
import { CSV_TEXT, GBK_HEX } from '../file/csvText';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'cli');
const SAMPLE = path.join(ROOT, 'assets', 'sample-ledger.xlsx');

function cli(...args: string[]) {
  const p = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'publicity-ledger.js'), ...args], { encoding: 'utf8', cwd: OUT });
  return { code: p.status, out: p.stdout, err: p.stderr };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function writeWorkbook(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(() => {
  // the CLI runs the compiled code in dist-node: compile the current sources first
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.node.json')], { encoding: 'utf8' });
  if (!fs.existsSync(path.join(ROOT, 'dist-node', 'cli', 'main.js'))) throw new Error(`build failed: ${tsc.stdout}`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
});

describe('arguments and failures', () => {
  it('prints help in Chinese and English', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法 Usage');
    expect(r.out).toContain('--period');
  });

  it('bad arguments exit 2 with a message', () => {
    expect(cli().code).toBe(2);
    const unknown = cli('calc', 'a.xlsx', '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知选项');
    expect(cli('calc', 'a.xlsx', '--period').err).toContain('缺少取值');
    expect(cli('calc').err).toContain('缺少台账文件');
  });

  it('unreadable files exit 1 with a clear message', () => {
    const missing = cli('calc', 'nope.xlsx');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('找不到文件');
    fs.writeFileSync(path.join(OUT, 'notes.xlsx'), '序号,标题\n');
    expect(cli('calc', 'notes.xlsx').err).toContain('不是 .xlsx 文件');
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 512);
    fs.writeFileSync(path.join(OUT, 'locked.xlsx'), cfb);
    const locked = cli('calc', 'locked.xlsx');
    expect(locked.code).toBe(1);
    expect(locked.err).toContain('文件已加密');
  });

  it('no ledger, bad period and settings errors exit 1', async () => {
    await writeWorkbook(path.join(OUT, 'empty.xlsx'), (wb) => wb.addWorksheet('Sheet1').addRow(['随便', '什么']));
    const none = cli('calc', 'empty.xlsx');
    expect(none.code).toBe(1);
    expect(none.err).toContain('未找到稿件登记台账');
    const input = path.join(OUT, 'period.xlsx');
    fs.copyFileSync(SAMPLE, input);
    const bad = cli('calc', input, '--period', '2026Q5');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('无法识别');
    await writeWorkbook(path.join(OUT, 'settings.xlsx'), (wb) => {
      wb.addWorksheet('台账').addRows([['标题', '作者', '媒体', '级别', '发表日期'], ['稿件', '张三', '青山人大', '县级', '2026-07-01']]);
      wb.addWorksheet('统计规则').addRows([['体裁', '国家级', '省级', '市级', '县级'], ['消息', 500, 200, '一百', 30]]);
    });
    const settings = cli('calc', 'settings.xlsx');
    expect(settings.code).toBe(1);
    expect(settings.err).toContain('设置工作表有误');
  });
});

describe('empty ledgers and empty periods', () => {
  it('a ledger with headers but no articles exits 1, says so and writes no result workbook', async () => {
    await writeWorkbook(path.join(OUT, 'headers-only.xlsx'), (wb) => wb.addWorksheet('2026年台账').addRows([
      ['XX县人大常委会2026年宣传稿件登记台账'], ['序号', '标题', '作者', '单位', '媒体', '级别', '发表日期'],
    ]));
    const r = cli('calc', 'headers-only.xlsx', '--out', 'headers-only-result.xlsx');
    expect(r.code).toBe(1);
    expect(r.err).toBe('错误：台账中没有稿件。“2026年台账”只有表头，没有登记任何稿件，因此未计算，也未写入结果工作表。\n');
    expect(fs.existsSync(path.join(OUT, 'headers-only-result.xlsx'))).toBe(false);
  });

  it('a period without articles is named as empty (the sheets say the same: nothing counted)', () => {
    fs.copyFileSync(SAMPLE, path.join(OUT, 'quiet.xlsx'));
    const r = cli('calc', 'quiet.xlsx', '--period', '2020Q1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('统计期间：2020年第一季度');
    expect(r.out).toContain('本期稿件：0 篇（2020年第一季度没有稿件）');
    expect(r.out).toContain('本期稿酬合计：0.00 元');
    expect(r.out).not.toContain('通讯员前三名');
  });
});

describe('the sample ledger', () => {
  const input = path.join(OUT, 'sample.xlsx');
  const json = path.join(OUT, 'report.json');
  let run: ReturnType<typeof cli>;
  let report: {
    period: string; rows: Record<string, number>; stipendTotalFen: number;
    people: Array<{ name: string; unit: string; rank: number; points: number; articles: number; shareArticles: number; byLevel: Record<string, number>; stipendFen: number }>;
    units: Array<Record<string, unknown>>; quotas: Array<{ who: string; target: number; done: number; rate: number; status: string }>;
    issues: Array<{ sheet: string; row: number; column: string; severity: string; code: string; message: string }>;
  };
  let hashBefore: string;

  beforeAll(() => {
    fs.copyFileSync(SAMPLE, input);
    hashBefore = sha(input);
    run = cli('calc', 'sample.xlsx', '--json', 'report.json');
    report = JSON.parse(fs.readFileSync(json, 'utf8'));
  });

  it('is what the generator produces', async () => {
    const { buildLedger } = require('../../scripts/sample');
    const fresh = await readXlsx(new Uint8Array(await buildLedger().xlsx()));
    expect(await readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)))).toEqual(fresh);
  });

  it('exits 0, leaves the input untouched and writes <name>-<period>.xlsx beside it', () => {
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(hashBefore);
    expect(run.out).toContain('统计期间：2026年第三季度');
    expect(run.out).toContain(`结果已写入：${path.join('sample-2026Q3.xlsx')}`);
    expect(run.out).toMatch(/本期稿酬合计：[\d,]+\.\d\d 元/);
    expect(run.out).toContain('通讯员前三名：第1名');
    expect(fs.existsSync(path.join(OUT, 'sample-2026Q3.xlsx'))).toBe(true);
  });

  it('writes the result sheets next to every original sheet', async () => {
    const before = await readXlsx(new Uint8Array(fs.readFileSync(input)));
    const after = await readXlsx(new Uint8Array(fs.readFileSync(path.join(OUT, 'sample-2026Q3.xlsx'))));
    const names = after.sheets.map((s) => s.name);
    for (const n of ['排名-2026Q3', '稿酬-2026Q3', '任务进度-2026Q3', '校验-2026Q3', '通报-2026Q3', '稿酬发放记录', '_宣传统计_owned']) {
      expect(names).toContain(n);
    }
    for (const s of before.sheets.filter((x) => x.name !== '稿酬发放记录')) {
      expect(after.sheets.find((x) => x.name === s.name)).toEqual(s);
    }
    expect(after.sheets.find((s) => s.name === '排名-2026Q3')!.tables!.length).toBeGreaterThan(0);
  });

  it('reports JSON with the contract fields', () => {
    expect(Object.keys(report).sort()).toEqual(['issues', 'people', 'period', 'quotas', 'rows', 'stipendTotalFen', 'units']);
    expect(report.period).toBe('2026Q3');
    expect(Object.keys(report.rows).sort()).toEqual(['counted', 'errors', 'skipped', 'total', 'warnings']);
    expect(Object.keys(report.people[0]).sort()).toEqual(['articles', 'byLevel', 'name', 'points', 'rank', 'shareArticles', 'stipendFen', 'unit']);
    expect(Object.keys(report.units[0]).sort()).toEqual(['articles', 'byLevel', 'points', 'rank', 'unit']);
    expect(Object.keys(report.quotas[0]).sort()).toEqual(['done', 'rate', 'status', 'target', 'who']);
    expect(Object.keys(report.issues[0])).toEqual(expect.arrayContaining(['sheet', 'row', 'column', 'severity', 'code', 'message']));
    expect(report.people[0].rank).toBe(1);
  });

  it('flags every planted error at its sheet and row, and nothing else as an error', () => {
    const planted = model.articles.filter((a) => ['MISSING_AUTHOR', 'BAD_DATE', 'FUTURE_DATE', 'UNKNOWN_OUTLET', 'NA_LEVEL', 'DUPLICATE'].includes(a.planted ?? ''));
    const errors = report.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => `${e.sheet}!${e.row}`).sort()).toEqual(planted.map((a) => `${a.sheet}!${a.row}`).sort());
    expect(report.rows.errors).toBe(planted.length);
    const warningAt = (code: string) =>
      report.issues.filter((i) => i.severity === 'warning').some((i) => {
        const a = model.articles.find((x) => x.planted === code)!;
        return i.sheet === a.sheet && i.row === a.row;
      });
    for (const code of ['RUN_TOGETHER', 'UNKNOWN_GENRE', 'LEVEL_MISMATCH']) expect(warningAt(code)).toBe(true);
  });

  it('counts, scores and pays each person as the generator truth says', () => {
    const { people, totalFen, ambiguous } = expectedForQuarter('2026Q3');
    const mismatches: string[] = [];
    for (const [key, e] of people) {
      if (ambiguous.has(key)) continue;
      const [name, unit] = key.split('|');
      const got = report.people.find((p) => p.name === name && p.unit === unit);
      const want = { articles: e.articles, byLevel: e.byLevel, shareArticles: +e.shareArticles.toFixed(2), points: +e.points.toFixed(2), stipendFen: e.stipendFen };
      const have = got && { articles: got.articles, byLevel: got.byLevel, shareArticles: +got.shareArticles.toFixed(2), points: +got.points.toFixed(2), stipendFen: got.stipendFen };
      if (JSON.stringify(have) !== JSON.stringify(want)) mismatches.push(`${key}: want ${JSON.stringify(want)} got ${JSON.stringify(have)}`);
    }
    expect(mismatches).toEqual([]);
    expect(report.stipendTotalFen).toBe(totalFen);
  });

  it('counts the county-wide yearly goal up to the end of the quarter', () => {
    const start = Date.UTC(2026, 0, 1) / 86400000;
    const [, end] = quarterDays('2026Q3');
    const done = model.articles.filter((a) => counted(a) && a.day >= start && a.day <= end).length;
    const all = report.quotas.find((q) => q.who === '全县')!;
    expect(all.done).toBe(done);
  });

  it('re-running on its own result replaces its sheets; a user sheet of the same name is kept', async () => {
    const again = cli('calc', 'sample-2026Q3.xlsx', '--out', 'rerun.xlsx');
    expect(again.code).toBe(0);
    const names = (await readXlsx(new Uint8Array(fs.readFileSync(path.join(OUT, 'rerun.xlsx'))))).sheets.map((s) => s.name);
    expect(names.filter((n) => n.includes('(2)'))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    wb.addWorksheet('排名-2026Q3').getCell('A1').value = '办公室自己做的排名';
    await wb.xlsx.writeFile(path.join(OUT, 'user.xlsx'));
    const user = cli('calc', 'user.xlsx');
    expect(user.code).toBe(0);
    expect(user.out).toContain('改写到“排名-2026Q3(2)”');
  });
});

describe('inputs that are not a plain .xlsx', () => {
  const ledger = (wb: ExcelJS.Workbook) => wb.addWorksheet('台账').addRows([['标题', '作者', '媒体', '级别', '发表日期'], ['稿件', '张三', '人民日报', '国家级', '2026-07-01']]);

  /** Write a variant of a small ledger (patched by `edit`) and run the CLI on it. */
  async function runOn(name: string, edit: (bytes: Buffer) => Buffer | Promise<Buffer>) {
    const file = await writeWorkbook(path.join(OUT, `src-${name}`), ledger);
    fs.writeFileSync(path.join(OUT, name), await edit(fs.readFileSync(file)));
    return cli('calc', name);
  }

  it.each([
    ['truncated.xlsx', (b: Buffer) => b.subarray(0, b.length >> 1), '文件不完整'],
    ['old.xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), '另存为'],
    ['csv-named.xlsx', () => Buffer.from('标题,作者\r\n稿件,张三\r\n'), 'CSV'],
    ['zip64.xlsx', (b: Buffer) => { b.writeUInt16LE(0xffff, b.length - 22 + 10); return b; }, 'zip64'],
  ])('%s exits 1 with a clear message and no stack trace', async (name, edit, text) => {
    const r = await runOn(name, edit);
    expect(r.code).toBe(1);
    expect(r.err).toContain(text);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('zip bomb, path traversal, .xlsb and .ods packages exit 1', async () => {
    const JSZip = (await import('jszip')).default;
    const repack = (add: (z: InstanceType<typeof JSZip>) => void) => async (b: Buffer) => {
      const z = await JSZip.loadAsync(b);
      add(z);
      return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    };
    const bomb = await runOn('bomb.xlsx', repack((z) => z.file('xl/media/zeros.bin', new Uint8Array(64 * 2 ** 20))));
    expect([bomb.code, bomb.err.includes('解压后异常巨大')]).toEqual([1, true]);
    const evil = await runOn('evil.xlsx', repack((z) => z.file('../../evil.sh', 'x', { createFolders: false })));
    expect([evil.code, evil.err.includes('不安全的路径')]).toEqual([1, true]);
    const xlsb = await runOn('b.xlsx', repack((z) => { z.remove('xl/workbook.xml'); z.file('xl/workbook.bin', 'x'); }));
    expect([xlsb.code, xlsb.err.includes('.xlsb')]).toEqual([1, true]);
    const ods = await runOn('o.xlsx', async () => {
      const z = new JSZip();
      z.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
      z.file('content.xml', '<office:document-content/>');
      return z.generateAsync({ type: 'nodebuffer' });
    });
    expect([ods.code, ods.err.includes('.ods')]).toEqual([1, true]);
  });

  it('reads an .xlsm ledger and keeps its macros byte for byte in an .xlsm result', async () => {
    const JSZip = (await import('jszip')).default;
    const vba = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251));
    await runOn('macro.xlsm', async (b) => {
      const z = await JSZip.loadAsync(b);
      z.file('xl/vbaProject.bin', vba);
      const types = (await z.file('[Content_Types].xml')!.async('string'))
        .replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml')
        .replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ');
      z.file('[Content_Types].xml', types);
      const rels = (await z.file('xl/_rels/workbook.xml.rels')!.async('string')).replace('</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
      z.file('xl/_rels/workbook.xml.rels', rels);
      return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    });
    const r = cli('calc', 'macro.xlsm', '--period', '2026Q3');
    expect([r.code, r.err]).toEqual([0, '']);
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(OUT, 'macro-2026Q3.xlsm')));
    expect(Buffer.from(await out.file('xl/vbaProject.bin')!.async('uint8array')).equals(vba)).toBe(true);
    expect(await out.file('[Content_Types].xml')!.async('string')).toContain('macroEnabled.main+xml');
    expect(Object.keys(out.files).some((n) => /^xl\/worksheets\/.+\.xml$/.test(n))).toBe(true);
  });

  it.each([['utf8.csv', 'utf8'], ['gbk.csv', 'gbk']])('reads the CSV ledger %s into an .xlsx result', async (name, enc) => {
    fs.writeFileSync(path.join(OUT, name), enc === 'gbk' ? Buffer.from(GBK_HEX, 'hex') : Buffer.from(`\ufeff${CSV_TEXT}`));
    const r = cli('calc', name, '--period', '2026Q3', '--json', `${name}.json`);
    expect([r.code, r.err]).toEqual([0, '']);
    const people = JSON.parse(fs.readFileSync(path.join(OUT, `${name}.json`), 'utf8')).people.map((p: { name: string }) => p.name);
    expect(people.sort()).toEqual(['张三', '李四'].sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(OUT, name.replace('.csv', '-2026Q3.xlsx')));
    expect(wb.getWorksheet('台账')!.getCell('A2').value).toBe('稿件，甲');
    expect(wb.worksheets.length).toBeGreaterThan(1);
  });

  it('reads a two-level header (merged group cells) and keeps row numbers right', async () => {
    await writeWorkbook(path.join(OUT, 'two-level.xlsx'), (wb) => {
      const ws = wb.addWorksheet('台账');
      ws.addRows([
        ['XX县人大常委会宣传稿件登记台账'], [],
        ['序号', '标题', '作者信息', null, '刊发情况', null, null],
        [null, null, '作者', '单位', '媒体', '级别', '发表日期'],
        [1, '甲稿', '张三', '城关镇', '人民日报', '国家级', new Date(Date.UTC(2026, 6, 1))],
        [2, '乙稿', '李四', '办公室', '河北日报', '省级', new Date(Date.UTC(2026, 6, 2))],
        [3, '丙稿', null, '办公室', '河北日报', '省级', new Date(Date.UTC(2026, 6, 3))],
      ]);
      ['A3:A4', 'B3:B4', 'C3:D3', 'E3:G3'].forEach((r) => ws.mergeCells(r));
    });
    const r = cli('calc', 'two-level.xlsx', '--period', '2026Q3', '--json', 'two-level.json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(OUT, 'two-level.json'), 'utf8'));
    expect(report.people.map((p: { name: string }) => p.name).sort()).toEqual(['张三', '李四'].sort());
    // the row without an author is Excel row 7 (two title rows, two header rows, then data)
    expect(report.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { row: number }) => i.row)).toEqual([7]);
  });
});
