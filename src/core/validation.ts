// Validation of every ledger row (SPEC.md, Validation): errors exclude a row, warnings keep it.
import type { CellValue, Detection, Issue, LedgerField, WorkbookData } from './types';
import { forEachLedgerRow, type RawRow } from './ledgerRows';
import { cellText, isErrorValue, listText, memo, titleKey } from './text';
import { parseDateCell, formatDay, dayFromYmd } from './dates';
import { splitAuthorEntries, splitUnits } from './authors';
import { normalizeLevel } from './levels';
import { normalizeGenre, FALLBACK_GENRE } from './genres';
import { cleanOutlet, outletKey, type MediaDirectory } from './mediaDirectory';
import { ledgerAuthorsAndUnits, ledgerUnitsFor, personResolver, type Person, type PersonWarning } from './persons';
import { isHeadline } from './headline';
import { isNotAdopted } from './status';
import { articleKey, type Publication } from './publication';
import type { Roster } from './roster';
import type { Rules } from './rules';

export interface LedgerResult {
  publications: Publication[];
  issues: Issue[];
  rows: { total: number; counted: number; errors: number; warnings: number; skipped: number; notAdopted: number };
  /** the ledger has a status column: rows marked 未采用 etc. are kept here for adoption rates */
  hasStatus: boolean;
  rejected: Array<{ units: string[]; day: number | null }>;
}

const EARLIEST_DAY = dayFromYmd(1990, 1, 1)!;

const FIELD_NAMES: Record<LedgerField, string> = {
  title: '标题', authors: '作者', unit: '单位', outlet: '媒体', level: '级别', date: '日期',
  genre: '体裁', position: '版面', words: '字数', status: '状态', id: '编号',
};

export function validateLedger(
  wb: WorkbookData, detection: Detection, ctx: { rules: Rules; roster: Roster; directory: MediaDirectory; today: number },
): LedgerResult {
  const issues: Issue[] = [];
  const publications: Publication[] = [];
  const rows = { total: 0, counted: 0, errors: 0, warnings: 0, skipped: 0, notAdopted: 0 };
  const hasStatus = detection.sources.some((s) => s.columns.status);
  const rejected: LedgerResult['rejected'] = [];
  const unitsOfName = new Map<string, Set<string>>();
  const personOf = personResolver(ctx.roster);
  // One map by title serves both the exact-duplicate check and the same-title-elsewhere warning.
  // Each entry is a row with title, outlet and date; `pub` is set once the row is counted.
  const byTitle = new Map<string, Array<{ outletKey: string; day: number; sheet: string; row: number; pub?: Publication }>>();
  const levelOf = memo((t) => normalizeLevel(t, ctx.rules.levels));
  const genreOf = memo((t) => normalizeGenre(t, ctx.rules.genres));
  const outletKeyOf = memo(outletKey);
  const authorsOf = memo(splitAuthorEntries);

  const unitsOf = memo(splitUnits);
  forEachLedgerRow(wb, detection, (raw, kind) => {
    rows.total++;
    if (kind !== 'data') { rows.skipped++; return; }
    let errors = 0;
    let warnings = 0;
    const add = (field: LedgerField | '', severity: Issue['severity'], code: string, message: string, value?: CellValue) => {
      const column = field ? raw.column(field) : '';
      issues.push({ sheet: raw.sheet, row: raw.row, column, field: field ? raw.header(field) || FIELD_NAMES[field] : '',
        value: value === undefined ? '' : cellText(value), severity, code, message: `${raw.sheet} 第${raw.row}行${column ? ` ${column}列` : ''}：${message}` });
      if (severity === 'error') errors++; else warnings++;
    };
    const text = (f: LedgerField): string => {
      const v = raw.get(f);
      if (isErrorValue(v)) {
        const required = f === 'title' || f === 'authors' || f === 'outlet' || f === 'date';
        add(f, required ? 'error' : 'warning', 'FORMULA_ERROR', `${FIELD_NAMES[f]}单元格是公式错误“${cellText(v)}”${required ? '' : '，按空白处理'}`, v);
        return '';
      }
      return f === 'authors' || f === 'unit' ? listText(v) : cellText(v);
    };

    if (raw.has('status') && isNotAdopted(text('status'))) {
      rows.skipped++;
      rows.notAdopted++;
      rejected.push({ units: rejectedUnits(raw, ctx.roster), day: parseDateCell(raw.get('date')) });
      return;
    }
    const title = text('title');
    const authorsText = text('authors');
    const outletText = text('outlet');
    const dateValue = raw.get('date');
    if (!title) add('title', 'error', 'MISSING_TITLE', '缺少标题');
    const entries = authorsOf(authorsText);
    if (entries.length === 0 && !isErrorValue(raw.get('authors'))) add('authors', 'error', 'MISSING_AUTHORS', '缺少作者');
    if (!outletText && !isErrorValue(raw.get('outlet'))) add('outlet', 'error', 'MISSING_OUTLET', '缺少刊发媒体');

    let day: number | null = null;
    if (isErrorValue(dateValue)) text('date');
    else if (cellText(dateValue) === '') add('date', 'error', 'MISSING_DATE', '缺少发表日期');
    else {
      day = parseDateCell(dateValue);
      if (day === null) add('date', 'error', 'BAD_DATE', `日期“${cellText(dateValue)}”无法识别（请写成 2026-03-05 或 2026年3月5日 等完整日期）`, dateValue);
      else if (day > ctx.today) { add('date', 'error', 'FUTURE_DATE', `日期 ${formatDay(day)} 晚于今天`, formatDay(day)); day = null; }
      else if (day < EARLIEST_DAY) {
        // e.g. a bare year 2026 typed into a date cell is Excel serial 2026 = 1905-07-18: reject, do not guess.
        add('date', 'error', 'BAD_DATE', `日期 ${formatDay(day)} 不合理（早于1990年），请填写完整的发表日期`, cellText(dateValue));
        day = null;
      }
    }

    // Level: the media directory wins; otherwise the ledger's level column.
    const oKey = outletKeyOf(outletText);
    const listed = outletText ? ctx.directory.byKey.get(oKey) : undefined;
    const levelText = text('level');
    const ledgerLevel = levelText ? levelOf(levelText) : null;
    let level: string | null = null;
    if (listed) {
      level = listed.level;
      if (levelText && ledgerLevel !== listed.level) {
        add('level', 'warning', 'LEVEL_MISMATCH', `台账级别“${levelText}”与媒体目录中“${listed.name}”的级别“${listed.level}”不一致，按媒体目录计`, levelText);
      }
    } else if (outletText) {
      level = ledgerLevel;
      if (!level) {
        add(levelText ? 'level' : 'outlet', 'error', 'UNKNOWN_LEVEL', levelText
          ? `级别“${levelText}”无法识别，且媒体“${outletText}”不在媒体目录中`
          : `媒体“${outletText}”不在媒体目录中，且台账没有填写级别`, levelText || outletText);
      }
    }

    const tKey = titleKey(title);
    const canonicalOutletKey = listed ? outletKeyOf(listed.name) : oKey;
    let sameTitle = byTitle.get(tKey);
    let entry: NonNullable<typeof sameTitle>[number] | undefined;
    if (title && outletText && day !== null) {
      if (!sameTitle) byTitle.set(tKey, (sameTitle = []));
      const first = sameTitle.find((x) => x.outletKey === canonicalOutletKey && x.day === day);
      if (first) add('title', 'error', 'DUPLICATE_ROW', `与 ${first.sheet} 第${first.row}行重复（标题、媒体、日期都相同），只计第一行`, title);
      else sameTitle.push((entry = { outletKey: canonicalOutletKey, day, sheet: raw.sheet, row: raw.row }));
    }
    if (errors > 0) { rows.errors++; return; }

    const genreText = text('genre');
    let genre = genreText ? genreOf(genreText) : FALLBACK_GENRE;
    if (!genre) {
      genre = ctx.rules.genres.includes(FALLBACK_GENRE) ? FALLBACK_GENRE : ctx.rules.genres[0];
      add('genre', 'warning', 'UNKNOWN_GENRE', `体裁“${genreText}”无法识别，按“${genre}”计`, genreText);
    }
    const warn = (w: PersonWarning) => add(w.field, 'warning', w.code, w.message, w.field === 'unit' ? raw.get('unit') : authorsText);
    const units = ledgerUnitsFor(unitsOf(text('unit')), entries.length, warn);
    const authors: Person[] = entries.map((e, i) => personOf(e.name, units[i], warn, e.hint));
    for (const p of authors) {
      const seen = unitsOfName.get(p.name) ?? new Set<string>();
      if (seen.size > 0 && !seen.has(p.unit)) {
        add('authors', 'warning', 'SAME_NAME_TWO_UNITS', `“${p.name}”出现在不同单位（${[...seen].join('、')}、${p.unit || '未填单位'}），按不同的人分别统计`, p.name);
      }
      seen.add(p.unit);
      unitsOfName.set(p.name, seen);
    }
    const pub: Publication = {
      seq: publications.length, sheet: raw.sheet, row: raw.row, title, titleKey: tKey,
      outlet: listed ? listed.name : cleanOutlet(outletText), outletKey: canonicalOutletKey,
      level: level!, genre, day: day!, headline: isHeadline(text('position'), raw.header('position')), authors,
      key: articleKey(tKey, canonicalOutletKey, day!),
    };
    if (sameTitle!.length > 1) {
      const others = [...new Set(sameTitle!.filter((x) => x.pub && x.outletKey !== pub.outletKey).map((x) => x.pub!.outlet))];
      if (others.length) add('title', 'warning', 'MULTI_OUTLET', `同一稿件也刊发于${others.join('、')}（一稿多发，按“一稿多发”规则计）`, title);
    }
    entry!.pub = pub;
    publications.push(pub);
    rows.counted++;
    if (warnings > 0) rows.warnings++;
  });
  return { publications, issues, rows, hasStatus, rejected };
}

/** Units of a row not adopted: the roster's unit of each author, else the ledger's unit cell. */
function rejectedUnits(raw: RawRow, roster: Roster): string[] {
  const { names, units } = ledgerAuthorsAndUnits(raw);
  return [...new Set(units.map((u, i) => roster.byName.get(names[i])?.[0]?.unit || u))];
}
