// Turns a generated ledger model into sheets of cells (ledger months, settings sheets, payout history),
// spelled the untidy ways real staff type them. Records each article's sheet and Excel row in the truth.
'use strict';

const D = require('./data');
const M = require('./money');
const { prng, ymd, LEVEL_SPELLINGS, dateCell, authorsText } = require('./ledgerGen');

const HEADERS = {
  2025: ['序号', '稿件标题', '作者', '单位', '刊发媒体', '媒体级别', '体裁', '刊发日期', '版面', '字数', '审核人', '备注'],
  2026: ['序号', '标题', '撰稿人', '所在单位', '发表媒体', '级别', '稿件类型', '发表日期', '版面', '字数', '状态', '备注'],
};
const WIDTHS = [6, 44, 14, 16, 14, 9, 9, 13, 8, 7, 8, 10];

function outletText(r, a) {
  const o = D.OUTLETS.find((x) => x[0] === a.outlet);
  const aliases = o && o[2] ? o[2].split('、') : [];
  if (aliases.length && r.chance(0.15)) return r.pick(aliases);
  return r.chance(0.05) ? `《${a.outlet}》` : a.outlet;
}

function unitCell(r, a) {
  const units = a.authors.map((p) => p.unit);
  const text = units.every((u) => u === units[0]) ? units[0] : units.join('、');
  return r.chance(0.05) ? ` ${text} ` : text;
}

function ledgerSheet(r, sheet) {
  const year = sheet.year >= 2026 ? 2026 : 2025;
  const header = HEADERS[year];
  const rows = [[`${D.COUNTY}人大常委会${sheet.year}年宣传稿件登记台账（${sheet.month}月）`], header];
  let n = 0;
  const ordered = [...sheet.articles.filter((a) => !a.late && !a.planted), ...sheet.articles.filter((a) => a.late || a.planted)];
  for (const a of ordered) {
    if (r.chance(0.03)) rows.push([]); // stray blank line
    n++;
    const title = r.chance(0.04) ? `${a.title}　` : a.title;
    let level = r.chance(year === 2025 ? 0.1 : 0.05) ? '' : r.chance(0.1) ? LEVEL_SPELLINGS[a.level][1] : a.level;
    if ('levelOverride' in a) level = a.levelOverride;
    rows.push([
      n, title, 'authorsOverride' in a ? a.authorsOverride : authorsText(r, a.authors), unitCell(r, a),
      'outletOverride' in a ? a.outletOverride : outletText(r, a), level, a.genreText,
      'dateOverride' in a ? a.dateOverride : a.planted === 'DUPLICATE' ? a.duplicateOf.dateCell : dateCell(r, a.day),
      a.position, a.words, year === 2026 ? a.status : r.pick(['李主任', '赵科长', '']), a.late ? '补录' : '',
    ]);
    if (a.planted === 'DUPLICATE') {
      const src = a.duplicateOf.cells;
      rows[rows.length - 1] = [n, ...src.slice(1)];
    }
    a.sheet = sheet.name;
    a.row = rows.length;
    a.cells = rows[rows.length - 1];
    a.dateCell = a.cells[7];
  }
  if (r.chance(0.5)) rows.push(['合计', `共${n}篇`]);
  return { name: sheet.name, rows, merges: [`A1:L1`], widths: WIDTHS };
}

function rulesSheet() {
  const rows = [['稿酬标准（元/篇），头版头条按系数上浮'], ['体裁', ...M.LEVELS]];
  for (const [g, yuan] of Object.entries(M.MONEY_YUAN)) rows.push([g, ...yuan]);
  rows.push([], ['级别', '积分']);
  for (const [l, p] of Object.entries(M.LEVEL_POINTS)) rows.push([l, p]);
  rows.push([], ['体裁', '系数']);
  for (const [g, f] of Object.entries(M.GENRE_FACTOR)) rows.push([g, f]);
  rows.push([], ['项目', '设置', '说明'],
    ['头版头条稿酬系数', 2, '头版头条稿酬 × 系数'], ['头版头条积分系数', 2, ''],
    ['合作稿分配', '平均分配', '平均分配 / 各计全额 / 第一作者优先'], ['第一作者比例', '60%', '仅“第一作者优先”时使用'],
    ['一稿多发', '只计最高', '只计最高 / 每篇都计'], ['每人每期封顶金额（元）', '不封顶', ''],
    ['排名方式', '中国式排名', '中国式排名 / 竞争排名'], ['先进单位名额', 5, ''], ['优秀通讯员名额', 8, ''], ['通报滞后名单人数', 5, '']);
  return { name: '统计规则', rows, widths: [24, 12, 12, 12, 12] };
}

function rosterSheet(people) {
  return { name: '通讯员名单', rows: [['姓名', '单位', '类别', '编号'], ...people.map((p) => [p.name, p.unit, p.category, p.id])], widths: [10, 20, 8, 8] };
}

function directorySheet() {
  return { name: '媒体目录', rows: [['媒体名称', '级别', '别名'], ...D.OUTLETS.map((o) => [o[0], o[1], o[2]])], widths: [16, 8, 36] };
}

function targetsSheet(model) {
  const top = model.people[0];
  return {
    name: '任务目标',
    rows: [['对象', '周期', '最低级别', '体裁', '目标篇数'],
      ['全部', '年', '', '', Math.round(model.options.articles * 0.7)],
      ['委室', '季度', '市级', '', 3],
      ['委室', '年', '', '理论调研', 1],
      ['乡镇', '半年', '', '', 8],
      ['研究室', '年', '省级', '', 4],
      [top.name, '年', '', '', 20]],
    widths: [16, 8, 10, 10, 10],
  };
}

// Excel holds 1,048,576 rows a sheet and the quarter run adds its own records: a generated million-article
// ledger keeps only its newest paid quarters (older ones read as never settled), so input and result both fit.
const MAX_HISTORY_RECORDS = 700000;

/** Payout history for every quarter before the current one (the newest that fit): on-time, counted articles only. */
function payoutSheet(model) {
  const paid = model.articles.filter((a) => a.counted && !a.late && !a.planted && M.quarterOf(a.day) < model.currentQuarter);
  const perQuarter = new Map();
  for (const a of paid) perQuarter.set(M.quarterOf(a.day), (perQuarter.get(M.quarterOf(a.day)) ?? 0) + a.authors.length);
  let kept = 0;
  const keep = new Set([...perQuarter.keys()].sort().reverse().filter((q) => (kept += perQuarter.get(q)) <= MAX_HISTORY_RECORDS));
  const rows = [['发放季度', '标题', '媒体', '发表日期', '姓名', '单位', '金额（元）', '补发']];
  for (const a of paid) {
    const q = M.quarterOf(a.day);
    if (!keep.has(q)) continue;
    const shares = M.splitFen(M.articleFen(a), a.authors.length);
    a.authors.forEach((p, i) => rows.push([q, a.title, a.outlet, new Date(a.day * 86400000), p.name, p.unit, shares[i] / 100, '']));
  }
  return { name: '稿酬发放记录', rows, widths: [10, 44, 14, 12, 10, 16, 12, 6] };
}

/** All sheets of the workbook, in tab order. */
function renderWorkbook(model) {
  const r = prng(model.options.seed + 1);
  const ledgers = model.sheets.map((s) => ledgerSheet(r, s));
  return [...ledgers, rulesSheet(), rosterSheet(model.people), directorySheet(), targetsSheet(model), payoutSheet(model)];
}

module.exports = { renderWorkbook, HEADERS };
