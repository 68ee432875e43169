// The page has no Excel grid to jump to, so a 校验 item opens this: the ledger row it names, one line per
// column (fits 420 px), with the problem cell marked.
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters, type Detection, type Issue, type WorkbookData } from '../core';
import { useI18n } from './i18n';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, marginBlock: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'left', verticalAlign: 'top', wordBreak: 'break-all' },
  marked: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `2px solid ${tokens.colorPaletteRedBorder2}`, fontWeight: tokens.fontWeightSemibold },
});

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v as string | number | boolean);
}

interface Props {
  workbook: WorkbookData;
  detection: Detection;
  issue: Issue;
}

export function RowPreview({ workbook, detection, issue }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const sheet = workbook.sheets.find((s) => s.name === issue.sheet);
  const source = [...detection.sources, ...detection.candidates].find((s) => s.sheet === issue.sheet);
  const row = sheet?.rows[issue.row - 1] ?? [];
  const header = source ? sheet?.rows[source.headerRow - 1] ?? [] : [];
  const width = Math.max(row.length, header.length, source ? source.lastCol + 1 : 0);
  const caption = t('previewRow', { sheet: issue.sheet, row: issue.row });
  return (
    <div className={styles.box} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
        <thead>
          <tr>
            <th className={styles.cell}>{t('previewColumn')}</th>
            <th className={styles.cell}>{t('previewHeader')}</th>
            <th className={styles.cell}>{t('previewValue')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: width }, (_, c) => {
            const letter = columnLetters(c + 1);
            const marked = letter === issue.column;
            const cls = marked ? `${styles.cell} ${styles.marked}` : styles.cell;
            return (
              <tr key={c} aria-current={marked ? 'true' : undefined} data-column={letter} title={marked ? t('previewMarked') : undefined}>
                <td className={cls}>{letter}</td>
                <td className={cls}>{text(header[c])}</td>
                <td className={cls}>{text(row[c])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
