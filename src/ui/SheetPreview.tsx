// The page's stand-in for activating a result sheet: a read-only table of what was written, with cells
// formatted like the sheet's number formats (the core's cellDisplay).
import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { cellDisplay, type OutputSheet } from '../core';
import { useI18n } from './i18n';

/** Rows shown per table; the downloaded workbook has all of them. */
const SHOWN_ROWS = 20;

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 4px', textAlign: 'left' },
  num: { textAlign: 'right' },
  title: { fontSize: tokens.fontSizeBase300, margin: 0 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBlock: tokens.spacingVerticalXS },
});

export function SheetPreview({ name, sheet }: { name: string; sheet: OutputSheet }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.box} role="region" aria-label={name}>
      <h3 className={styles.title}>{sheet.title}</h3>
      {sheet.notes.map((n, i) => (
        <p key={i}>{n}</p>
      ))}
      {sheet.blocks.map((b) => (
        <div key={b.tableName} className={styles.scroll}>
          <table className={styles.table}>
            <caption className={styles.caption}>{b.caption}</caption>
            <thead>
              <tr>
                {b.columns.map((c, i) => (
                  <th key={i} className={styles.cell}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.slice(0, SHOWN_ROWS).map((r, i) => (
                <tr key={i}>
                  {b.columns.map((c, j) => (
                    <td key={j} className={typeof r[j] === 'number' ? `${styles.cell} ${styles.num}` : styles.cell}>
                      {cellDisplay(r[j] ?? null, c.format)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {b.rows.length > SHOWN_ROWS && <Text size={200}>{t('previewMoreRows', { shown: SHOWN_ROWS, total: b.rows.length })}</Text>}
        </div>
      ))}
    </div>
  );
}
