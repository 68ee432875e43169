// The task pane shared by the Excel add-in and the standalone page. The host decides where the workbook
// comes from and where results go; the page can add its file picker (toolbar) and download (renderAfterRun).
import * as React from 'react';
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Issue } from '../core';
import { ErrorBar } from './ErrorBar';
import type { HostAdapter } from './host';
import { I18nContext, translator, useI18n, type Lang } from './i18n';
import { IssueList } from './IssueList';
import { LedgerSection } from './LedgerSection';
import { RunSection } from './RunSection';
import { SettingsSection } from './SettingsSection';
import { Summary } from './Summary';
import { localToday } from './today';
import { usePaneFlow, type RunContext } from './usePaneFlow';

export type { RunContext } from './usePaneFlow';

export interface PaneProps {
  host: HostAdapter;
  /** e.g. the standalone page's file picker, shown under the title */
  toolbar?: React.ReactNode;
  /** e.g. the standalone page's download button and charts, shown after a successful run */
  renderAfterRun?: (ctx: RunContext) => React.ReactNode;
  lang?: Lang;
  /** the add-in passes the Office theme; default light */
  theme?: Theme;
  /** 'YYYY-MM-DD'; default the local date */
  today?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, minHeight: '100%',
  },
  h1: { fontSize: tokens.fontSizeBase500, margin: 0 },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

function PaneBody({ host, toolbar, renderAfterRun, today }: PaneProps & { today: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const flow = usePaneFlow(host, today);
  const { state } = flow;
  const busy = state.loading || !!state.progress;
  const select = (sheet: string, address: string) => void host.selectCell(sheet, address).catch(() => undefined);
  const selectIssue = (i: Issue) => select(i.sheet, `${i.column || 'A'}${i.row}`);
  const a = state.analysis;
  return (
    <main className={styles.root} aria-busy={busy}>
      <h1 className={styles.h1}>{t('appTitle')}</h1>
      {toolbar}
      {state.error !== undefined && <ErrorBar error={state.error} onDismiss={flow.dismissError} />}
      {state.loading && <Spinner size="small" label={t('loading')} />}
      {a && state.workbook && (
        <>
          {a.problem !== undefined && state.error === undefined && <ErrorBar error={a.problem} />}
          <section aria-labelledby="ledger-heading">
            <h2 id="ledger-heading" className={styles.h2}>{t('ledgerHeading')}</h2>
            <LedgerSection
              workbook={state.workbook}
              sources={[...a.detection.sources, ...a.detection.candidates]}
              mapping={state.mapping}
              onSave={(m) => void flow.saveMapping(m)}
            />
          </section>
          <section aria-labelledby="settings-heading">
            <h2 id="settings-heading" className={styles.h2}>{t('settingsHeading')}</h2>
            <SettingsSection missing={a.missingSettings} inserted={state.inserted} busy={busy} onInsert={() => void flow.insertSettings()} />
          </section>
          <RunSection
            periods={a.periods.map((p) => p.label)}
            period={state.period}
            onPeriod={flow.setPeriod}
            onRun={() => void flow.run()}
            disabled={busy || a.detection.sources.length === 0}
            progress={state.progress}
          />
        </>
      )}
      <div aria-live="polite">
        {state.run && (
          <Summary report={state.run.result.report} written={state.run.written} onOpen={(sheet) => select(sheet, 'A1')} />
        )}
      </div>
      {state.run && <IssueList issues={state.run.result.report.issues} onSelect={selectIssue} />}
      {state.run && renderAfterRun?.(state.run)}
    </main>
  );
}

export function Pane(props: PaneProps) {
  const lang = props.lang ?? 'zh';
  const i18n = React.useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <I18nContext.Provider value={i18n}>
        <PaneBody {...props} today={props.today ?? localToday()} />
      </I18nContext.Provider>
    </FluentProvider>
  );
}
