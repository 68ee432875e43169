// Figures as the pane shows them: the core's formatter in Chinese (the very text the CLI and the sheets use),
// the same numbers with English words in the English UI.
import {
  countText, ledgerRowsText, periodArticlesText, periodText, pointsNumber, pointsText, yuanNumber, yuanText, type Report,
} from '../core';
import type { Lang } from './i18n';

export interface Figures {
  period(label: string): string;
  yuan(fen: number): string;
  points(points: number): string;
  rows(rows: Report['rows']): string;
  periodArticles(label: string, articles: number): string;
}

const zh: Figures = { period: periodText, yuan: yuanText, points: pointsText, rows: ledgerRowsText, periodArticles: periodArticlesText };

const en: Figures = {
  period: (label) => label,
  yuan: (fen) => `¥${yuanNumber(fen)}`,
  points: (p) => `${pointsNumber(p)} points`,
  rows: (r) => `${countText(r.total, 'in all')}, ${r.counted} counted, ${r.errors} with errors, ${r.warnings} with warnings, `
    + `${r.skipped} skipped (totals, blank, not adopted)`,
  periodArticles: (label, n) => (n > 0 ? countText(n, 'articles') : `0 articles (${label} is empty)`),
};

export function figures(lang: Lang): Figures {
  return lang === 'en' ? en : zh;
}
