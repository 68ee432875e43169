// After a run: headline figures, top three, and buttons for each result sheet (the add-in activates the
// sheet; the page shows it below the buttons as a read-only table).
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../core';
import { figures } from './figures';
import type { WriteReport } from './host';
import { useI18n } from './i18n';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  dd: { margin: 0 },
  plain: { listStyle: 'none', padding: 0, margin: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyle: 'none', padding: 0, margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  report: Report;
  /** articles published in the period */
  periodArticles: number;
  written: WriteReport;
  onOpen: (sheet: string) => void;
  /** the page previews sheets itself; the add-in activates them in Excel */
  previews: boolean;
  /** the sheet whose preview is open (page only) and its preview */
  openSheet?: string;
  preview?: React.ReactNode;
}

export function Summary({ report, periodArticles, written, onOpen, previews, openSheet, preview }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const fig = figures(lang);
  const top = [...report.people].sort((a, b) => a.rank - b.rank).slice(0, 3);
  return (
    <section aria-labelledby="summary-heading" className={styles.root}>
      <h2 id="summary-heading" className={styles.heading}>{t('summaryHeading', { period: fig.period(report.period) })}</h2>
      <dl className={styles.figures}>
        <dt>{t('periodArticles')}</dt>
        <dd className={styles.dd}>{fig.periodArticles(report.period, periodArticles)}</dd>
        <dt>{t('stipendTotal')}</dt>
        <dd className={styles.dd}>{fig.yuan(report.stipendTotalFen)}</dd>
        <dt>{t('ledgerRows')}</dt>
        <dd className={styles.dd}>{fig.rows(report.rows)}</dd>
      </dl>
      {top.length > 0 && (
        <div>
          <Text weight="semibold">{t('topPeople')}</Text>
          {/* the rank is in the text (ties share it), so the list carries no numbers of its own */}
          <ul className={styles.plain}>
            {top.map((p) => (
              <li key={`${p.name}|${p.unit}`}>{t('topPerson', { rank: p.rank, name: p.name, unit: p.unit || '—', points: fig.points(p.points) })}</li>
            ))}
          </ul>
        </div>
      )}
      <Text weight="semibold">{t('resultSheets')}</Text>
      <ul className={styles.links}>
        {written.written.map((w) => (
          <li key={w.actual}>
            <Button
              size="small"
              appearance={openSheet === w.actual ? 'primary' : 'secondary'}
              aria-expanded={previews ? openSheet === w.actual : undefined}
              onClick={() => onOpen(w.actual)}
              aria-label={t(previews ? 'showSheet' : 'openSheet', { name: w.actual })}
            >
              {w.actual}
            </Button>
          </li>
        ))}
      </ul>
      {preview}
    </section>
  );
}
