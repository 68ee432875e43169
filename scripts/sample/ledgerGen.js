// Deterministic generator of realistic article ledgers (稿件登记台账) for the sample workbook, the tests and
// the benchmarks. generateLedger() returns a model with the cells to write and the truth behind them.
'use strict';

const D = require('./data');
const M = require('./money');

/** mulberry32: small seeded PRNG, so every run produces the same workbook. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const weighted = (arr, w) => {
    const total = arr.reduce((s, x) => s + w(x), 0);
    let r = next() * total;
    for (const x of arr) if ((r -= w(x)) < 0) return x;
    return arr[arr.length - 1];
  };
  return { next, int, pick, weighted, chance: (p) => next() < p };
}

const DAY = 86400000;
const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
const ymd = (day) => {
  const t = new Date(day * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const FULL_WIDTH = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function makePeople(r, count) {
  const used = new Set();
  const people = [];
  for (let i = 0; people.length < count; i++) {
    const unit = i < D.UNITS.length ? D.UNITS[i] : D.UNITS[r.int(0, D.UNITS.length - 1)];
    let name;
    do {
      name = r.pick(D.SURNAMES) + r.pick(D.GIVEN) + (r.chance(0.35) ? '' : r.pick(D.GIVEN));
    } while (used.has(name));
    used.add(name);
    people.push({ name, unit: unit[0], category: unit[1], id: '', weight: 1 / Math.pow(people.length + 1, 0.7) });
  }
  // Two people with the same name in different units (the roster tells them apart by 编号).
  const twin = people.find((p) => p.unit === '城关街道' && p !== people[9]) ?? people[9];
  people[3].name = '王磊';
  twin.name = '王磊';
  people.forEach((p, i) => (p.id = `QS${String(i + 1).padStart(3, '0')}`));
  return people;
}

function monthsBetween(from, to) {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const out = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? (y++, (m = 1)) : m++) out.push({ y, m });
  return out;
}

function authorsText(r, authors) {
  const sep = r.weighted(['、', '，', ',', '；', '/', '\n', ' 、'], (s) => (s === '、' ? 6 : 1));
  return authors
    .map((a) => (a.name.length === 2 && r.chance(0.25) ? a.name[0] + r.pick(['　', ' ']) + a.name[1] : a.name))
    .join(sep);
}

function dateCell(r, day) {
  const { y, m, d } = ymd(day);
  const p2 = (n) => String(n).padStart(2, '0');
  const kind = r.weighted(['date', 'serial', 'dash', 'slash', 'dot', 'cn', 'compact', 'full'], (k) => (k === 'date' ? 60 : 5));
  switch (kind) {
    case 'date': return new Date(day * DAY);
    case 'serial': return day + 25569;
    case 'dash': return `${y}-${m}-${d}`;
    case 'slash': return `${y}/${p2(m)}/${p2(d)}`;
    case 'dot': return `${y}.${m}.${d}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'compact': return Number(`${y}${p2(m)}${p2(d)}`);
    default: return FULL_WIDTH(`${y}年${m}月${d}日`);
  }
}

const LEVEL_SPELLINGS = { 国家级: ['国家级', '中央级'], 省级: ['省级', '省部级'], 市级: ['市级', '地市级'], 县级: ['县级', '县区级'] };

/**
 * @param {object} o
 * @param {number} [o.seed] PRNG seed
 * @param {number} [o.articles] approximate number of ledger rows
 * @param {number} [o.people] number of correspondents
 * @param {string} [o.from] first month 'YYYY-MM'; [o.to] last month
 * @param {boolean} [o.planted] add the planted problems, late registrations and one-article-many-outlets
 */
function generateLedger(o = {}) {
  const opt = { seed: 20260930, articles: 1000, people: 60, from: '2025-04', to: '2026-09', planted: true, ...o };
  const r = prng(opt.seed);
  const people = makePeople(r, opt.people);
  const months = monthsBetween(opt.from, opt.to);
  const lastMonth = months[months.length - 1];
  const currentQuarter = `${lastMonth.y}Q${Math.ceil(lastMonth.m / 3)}`;
  const titles = new Set();
  const uniqueTitle = (unit) => {
    for (let attempt = 0; ; attempt++) {
      const topic = r.pick(D.TOPICS).replace('{law}', r.pick(D.LAWS)).replace('{thing}', r.pick(D.THINGS)).replace('{n}', String(r.int(10, 40)));
      const who = unit.endsWith('委员会') || unit === '办公室' || unit === '研究室' ? `${D.COUNTY}人大常委会` : unit.startsWith('县') ? unit : `${unit}人大`;
      const t = r.chance(0.3) ? `${who}${topic}` : `${who}：${topic}（${r.int(1, 999)}）`;
      // a million-article ledger (the 1M benchmark) exhausts the combinations: number the title then
      // (never reached at the sizes the tests use, whose titles stay as they were)
      const u = attempt < 50 ? t : `${t}（之${titles.size}）`;
      if (!titles.has(u)) return titles.add(u), u;
    }
  };
  const outletByLevel = (level) => D.OUTLETS.filter((x) => x[1] === level);

  /** One publication with its truth; `cells` are filled by the sheet writer from these fields. */
  const makeArticle = (day, extra = {}) => {
    const first = r.weighted(people, (p) => p.weight);
    const authors = [first];
    const n = r.chance(0.25) ? (r.chance(0.2) ? 3 : 2) : 1;
    while (authors.length < n) {
      const pool = people.filter((p) => !authors.includes(p) && (p.unit === first.unit || r.chance(0.1)));
      if (!pool.length) break;
      authors.push(r.pick(pool));
    }
    const outlet = r.weighted(D.OUTLETS, (x) => x[3]);
    const genre = r.weighted(D.GENRES, (g) => g[2]);
    const headline = ['人民日报', '浙江日报', '青州日报', '今日青山'].includes(outlet[0]) && r.chance(0.08);
    return {
      title: uniqueTitle(first.unit), authors, outlet: outlet[0], level: outlet[1], genre: genre[0], day,
      genreText: r.pick(genre[1]), position: headline ? M.HEADLINE : r.pick(D.POSITIONS), words: r.int(3, 60) * 50,
      status: '已采用', counted: true, late: false, planted: null, multi: false, ...extra,
    };
  };

  const sheets = [];
  const perMonth = opt.articles / months.length;
  for (const { y, m } of months) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const count = Math.max(1, Math.round(perMonth * (0.8 + r.next() * 0.4)));
    const list = [];
    for (let i = 0; i < count; i++) list.push(makeArticle(dayOf(y, m, r.int(1, days))));
    list.sort((a, b) => a.day - b.day);
    const quarter = `${y}Q${Math.ceil(m / 3)}`;
    if (opt.planted) {
      if (quarter !== currentQuarter && r.chance(0.45)) {
        list.push(makeArticle(dayOf(y, m, r.int(1, days)), { late: true })); // registered after its quarter was paid
      }
      if (quarter === currentQuarter) {
        for (const a of list.filter(() => r.chance(0.02)).slice(0, 3)) {
          // one article, several outlets: the same title and authors at a different level a few days later
          const other = r.pick(outletByLevel(a.level === '县级' ? '市级' : '县级'));
          const copy = { ...a, outlet: other[0], level: other[1], day: Math.min(a.day + r.int(1, 4), dayOf(y, m, days)), position: '', multi: true };
          a.multi = true;
          list.push(copy);
        }
      }
    }
    sheets.push({ name: `${y}年${m}月`, year: y, month: m, articles: list });
  }

  if (opt.planted) plant(r, sheets, people, makeArticle);
  return { options: opt, people, sheets, articles: sheets.flatMap((s) => s.articles), currentQuarter };
}

/** The problems a real ledger has, in the last two months (so they show in the default period's 校验). */
function plant(r, sheets, people, makeArticle) {
  const [prev, last] = sheets.slice(-2);
  // rejected by the outlet: registered but not counted
  for (const s of sheets.slice(-3)) {
    const a = s.articles.find((x) => !x.planted && !x.multi && !x.late && x.authors.length === 1);
    if (a) a.status = '未采用', a.counted = false;
  }
  const dayIn = (s, d) => dayOf(s.year, s.month, d);
  const add = (sheet, a) => sheet.articles.push(a);
  add(prev, makeArticle(dayIn(prev, 5), { planted: 'MISSING_AUTHOR', authorsOverride: '', counted: false }));
  add(prev, makeArticle(dayIn(prev, 6), { planted: 'BAD_DATE', dateOverride: `${prev.month}月6日`, counted: false }));
  add(prev, makeArticle(dayIn(prev, 12), { planted: 'FUTURE_DATE', dateOverride: new Date(Date.UTC(2027, prev.month - 1, 12)), counted: false }));
  add(last, makeArticle(dayIn(last, 3), { planted: 'UNKNOWN_OUTLET', outletOverride: '青山论坛网', levelOverride: '', counted: false }));
  add(last, makeArticle(dayIn(last, 4), {
    planted: 'NA_LEVEL', outletOverride: '山水资讯网', counted: false,
    levelOverride: { formula: 'VLOOKUP(E8,媒体目录!A:B,2,FALSE)', result: { error: '#N/A' } },
  }));
  const original = last.articles.find((a) => !a.planted && !a.multi && a.counted);
  add(last, { ...original, planted: 'DUPLICATE', counted: false, duplicateOf: original });
  const short = people.filter((p) => p.name.length === 2 && p.name !== '王磊');
  const pair = short.map((p) => [p, short.find((q) => q !== p && q.unit === p.unit)]).find((x) => x[1]) ?? short.slice(0, 2);
  add(last, makeArticle(dayIn(last, 8), { planted: 'RUN_TOGETHER', authors: pair, authorsOverride: pair[0].name + pair[1].name }));
  add(last, makeArticle(dayIn(last, 9), { planted: 'UNKNOWN_GENRE', genre: '消息', genreText: '随笔' }));
  add(last, makeArticle(dayIn(last, 10), { planted: 'LEVEL_MISMATCH', outlet: '青州日报', level: '市级', levelOverride: '省级', position: '' }));
}

module.exports = { generateLedger, prng, dayOf, ymd, LEVEL_SPELLINGS, FULL_WIDTH, dateCell, authorsText };
