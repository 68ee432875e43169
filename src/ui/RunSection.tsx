// Period picker (Chinese names, grouped by kind, newest first), the one big button and the progress bar
// through 读取/校验/计算/写入.
import * as React from 'react';
import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { periodGroups } from './analysis';
import { figures } from './figures';
import { useI18n, type StringKey } from './i18n';
import { STAGES, type Stage } from './usePaneFlow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  run: { width: '100%', minHeight: '44px', fontSize: tokens.fontSizeBase400 },
});

interface Props {
  periods: string[];
  period?: string;
  onPeriod: (p: string) => void;
  onRun: () => void;
  disabled: boolean;
  progress?: { stage: Stage; fraction: number };
  /** stops the run (取消); absent when it can no longer be stopped (writing) */
  onCancel?: () => void;
  /** the last run was cancelled */
  cancelled?: boolean;
}

export function RunSection({ periods, period, onPeriod, onRun, disabled, progress, onCancel, cancelled }: Props) {
  const { lang, t } = useI18n();
  const styles = useStyles();
  const fig = figures(lang);
  const busy = !!progress;
  const overall = progress ? (STAGES.indexOf(progress.stage) + Math.min(1, progress.fraction)) / STAGES.length : 0;
  const stage = progress ? t(`stage_${progress.stage}` as StringKey) : '';
  const stageText = progress ? t('progressLabel', { stage }) : '';
  const detail = progress ? t('progressDetail', { stage, percent: String(Math.round(overall * 100)) }) : '';
  return (
    <div className={styles.root}>
      <Field label={t('periodLabel')}>
        <Select value={period ?? ''} disabled={busy || periods.length === 0} onChange={(_, d) => onPeriod(d.value)}>
          {periodGroups(periods).map((g) => (
            <optgroup key={g.kind} label={t(`period_${g.kind}` as StringKey)}>
              {g.labels.map((l) => (
                <option key={l} value={l}>
                  {fig.period(l)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" size="large" className={styles.run} disabled={disabled || busy} onClick={onRun}>
        {busy ? t('running') : t('run')}
      </Button>
      <div aria-live="polite">
        {progress && (
          <Field validationMessage={detail} validationState="none">
            <ProgressBar value={overall} max={1} thickness="large" aria-label={stageText} data-stage={progress.stage} />
          </Field>
        )}
        {!progress && cancelled && <Text>{t('cancelled')}</Text>}
      </div>
      {busy && (
        <Button appearance="secondary" disabled={!onCancel} onClick={onCancel}>
          {t('cancel')}
        </Button>
      )}
    </div>
  );
}
