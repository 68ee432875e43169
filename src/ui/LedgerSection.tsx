// Detected ledger sheets and their column mapping; dropdowns where detection is unsure, editable anywhere.
import * as React from 'react';
import { Badge, Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  columnLetters, FIELD_LABELS, LEDGER_FIELDS, REQUIRED_FIELDS, type LedgerField, type LedgerSource, type MappingOverride, type WorkbookData,
} from '../core';
import { columnChoices, withColumn } from './analysis';
import { useI18n } from './i18n';

const useStyles = makeStyles({
  source: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalS },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  grid: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalXS },
});

// Chinese names come from the core (the same as in issue messages); English only here.
const FIELD_LABELS_EN: Record<LedgerField, string> = {
  title: 'Title', authors: 'Authors', unit: 'Unit', outlet: 'Outlet', level: 'Level', date: 'Date',
  genre: 'Genre', position: 'Position', words: 'Words', status: 'Status', id: 'ID',
};

interface Props {
  workbook: WorkbookData;
  sources: LedgerSource[];
  mapping?: MappingOverride;
  onSave: (mapping: MappingOverride | undefined) => void;
}

const SourceEditor = React.memo(function SourceEditor({ workbook, source, mapping, onSave, hidden }: Omit<Props, 'sources'> & { source: LedgerSource; hidden: boolean }) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = React.useState(!source.sure);
  const choices = columnChoices(workbook, source, columnLetters);
  const id = React.useId();
  const label = (f: LedgerField) => (lang === 'en' ? FIELD_LABELS_EN : FIELD_LABELS)[f];
  return (
    <section className={hidden ? undefined : styles.source} hidden={hidden} aria-labelledby={`${id}-name`}>
      <div className={styles.line}>
        <Text weight="semibold" id={`${id}-name`}>
          {t('sheetLabel')}：{source.sheet}
        </Text>
        <Badge appearance="tint" color={source.sure ? 'success' : 'warning'}>
          {source.sure ? t('sure') : t('unsure')}
        </Badge>
        <Text size={200}>
          {source.headerRows
            ? t('headerSpanLabel', { first: source.headerRows[0], last: source.headerRows[1] })
            : t('headerAtLabel', { first: source.headerRow })}
        </Text>
        <Text size={200}>{t('rowsLabel', { first: source.headerRow + 1, last: source.lastRow })}</Text>
        <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('hideMapping') : t('editMapping')}
        </Button>
      </div>
      {open && (
        <div className={styles.grid}>
          <Field label={t('headerRowLabel')}>
            <Select
              value={String(source.headerRow)}
              onChange={(_, d) => onSave(withColumn(mapping, source, { headerRow: Number(d.value) }))}
            >
              {Array.from({ length: Math.max(source.headerRow + 5, 10) }, (_, i) => (
                <option key={i} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </Select>
          </Field>
          {LEDGER_FIELDS.map((f) => {
            const match = source.columns[f];
            // an optional column that is absent is fine, and says so
            const confidence = match ? match.confidence : REQUIRED_FIELDS.includes(f) ? 'missing' : 'optional';
            const flagged = confidence === 'partial' || (confidence === 'missing' && REQUIRED_FIELDS.includes(f));
            return (
              <Field
                key={f}
                label={`${label(f)}${REQUIRED_FIELDS.includes(f) ? `（${t('required')}）` : ''}`}
                hint={t(`confidence_${confidence}`)}
                validationState={flagged ? 'warning' : 'none'}
              >
                <Select
                  value={match ? String(match.index) : ''}
                  onChange={(_, d) => onSave(withColumn(mapping, source, { field: f, index: d.value === '' ? undefined : Number(d.value) }))}
                >
                  <option value="">{t('columnNone')}</option>
                  {choices.map((c, i) => (
                    <option key={i} value={i}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      )}
    </section>
  );
});

/** Above this many sheets, the confirmed ones fold into one line (monthly ledgers have a dozen or more). */
const FOLD_AT = 4;

export const LedgerSection = React.memo(function LedgerSection(props: Props) {
  const { t } = useI18n();
  const { sources, mapping, onSave } = props;
  const sure = sources.filter((s) => s.sure);
  const fold = sure.length >= FOLD_AT;
  const [showAll, setShowAll] = React.useState(false);
  // Folded sheets are built but hidden: unfolding a dozen of them during a run, on a slow PC, then costs a
  // layout instead of one long task building them all.
  const folded = (s: LedgerSource) => fold && !showAll && s.sure;
  return (
    <div>
      {sources.length === 0 && <Text>{t('noSources')}</Text>}
      {fold && (
        <div>
          <Text>{t('sourcesSummary', { count: sure.length, first: sure[0].sheet, last: sure[sure.length - 1].sheet })}</Text>{' '}
          <Button size="small" appearance="subtle" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t('hideSources') : t('showSources')}
          </Button>
        </div>
      )}
      {sources.map((s) => (
        <SourceEditor key={`${s.sheet}|${s.table ?? ''}`} workbook={props.workbook} mapping={mapping} onSave={onSave} source={s} hidden={folded(s)} />
      ))}
      {mapping && (
        <div>
          <Text size={200}>{t('mappingSaved')}</Text>{' '}
          <Button size="small" appearance="subtle" onClick={() => onSave(undefined)}>
            {t('resetMapping')}
          </Button>
        </div>
      )}
    </div>
  );
});
