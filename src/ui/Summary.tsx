// After a run: headline figures, top three, and buttons that open each result sheet.
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Report } from '../core';
import type { WriteReport } from './host';
import { useI18n } from './i18n';

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyle: 'none', padding: 0 },
});

export function formatYuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

interface Props {
  report: Report;
  written: WriteReport;
  onOpen: (sheet: string) => void;
}

export function Summary({ report, written, onOpen }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.length - errors;
  const top = [...report.people].sort((a, b) => a.rank - b.rank).slice(0, 3);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summaryHeading', { period: report.period })}</h2>
      <dl className={styles.figures}>
        <dt>{t('articlesCounted')}</dt>
        <dd>{report.rows.counted}</dd>
        <dt>{t('problems')}</dt>
        <dd>{t('problemsDetail', { errors, warnings })}</dd>
        <dt>{t('stipendTotal')}</dt>
        <dd>{t('yuan', { amount: formatYuan(report.stipendTotalFen) })}</dd>
      </dl>
      {top.length > 0 && (
        <>
          <Text weight="semibold">{t('topPeople')}</Text>
          <ol>
            {top.map((p) => (
              <li key={`${p.name}|${p.unit}`}>{t('topPerson', { rank: p.rank, name: p.name, unit: p.unit || '—', points: p.points })}</li>
            ))}
          </ol>
        </>
      )}
      <Text weight="semibold">{t('resultSheets')}</Text>
      <ul className={styles.links}>
        {written.written.map((w) => (
          <li key={w.actual}>
            <Button size="small" onClick={() => onOpen(w.actual)} aria-label={t('openSheet', { name: w.actual })}>
              {w.actual}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
