// The task pane shared by the Excel add-in and the standalone page. The host decides where the workbook
// comes from and where results go; the page can add its download (actions) and charts (renderAfterRun).
// Nothing is ever inserted above the run button after a run, so it stays where the user clicked it; the
// summary comes right under it.
import * as React from 'react';
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Issue, MappingOverride } from '../core';
import { ErrorBar } from './ErrorBar';
import type { HostAdapter } from './host';
import { I18nContext, translator, useI18n, type Lang } from './i18n';
import { IssueList } from './IssueList';
import { RowPreview } from './RowPreview';
import { SheetPreview } from './SheetPreview';
import { NoticeDownload } from './NoticeDownload';
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
  /** e.g. the standalone page's download button, shown under the summary (also without a run) */
  actions?: React.ReactNode;
  /** e.g. the standalone page's charts, shown after a successful run */
  renderAfterRun?: (ctx: RunContext) => React.ReactNode;
  /** the page has its own heading */
  hideTitle?: boolean;
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

function PaneBody({ host, toolbar, actions, renderAfterRun, hideTitle, today }: PaneProps & { today: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const flow = usePaneFlow(host, today);
  const { state } = flow;
  const busy = state.loading || !!state.progress;
  const select = (sheet: string, address: string) => void host.selectCell(sheet, address).catch(() => undefined);
  const selectIssue = (i: Issue) => select(i.sheet, `${i.column || 'A'}${i.row}`);
  // The page has no grid to jump to: it previews the ledger row or the result sheet in place.
  const previews = host.kind === 'web';
  const [openSheet, setOpenSheet] = React.useState<string>();
  const run = state.run;
  React.useEffect(() => setOpenSheet(undefined), [run]);
  const onOpen = (sheet: string) => (previews ? setOpenSheet(openSheet === sheet ? undefined : sheet) : select(sheet, 'A1'));
  const shownSheet = run && openSheet !== undefined ? sheetNamed(run, openSheet) : undefined;
  const a = state.analysis;
  // Progress re-renders the pane many times a run: the sections that do not change with it keep their props
  // (memoised components below), so on a slow PC a progress step costs the bar alone, not the mapping editor.
  const sources = React.useMemo(() => (a ? [...a.detection.sources, ...a.detection.candidates] : []), [a]);
  const { saveMapping, insertSettings } = flow;
  const onSave = React.useCallback((m: MappingOverride | undefined) => void saveMapping(m), [saveMapping]);
  const onInsert = React.useCallback(() => void insertSettings(), [insertSettings]);
  return (
    <main className={styles.root} aria-busy={busy}>
      {!hideTitle && <h1 className={styles.h1}>{t('appTitle')}</h1>}
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
              sources={sources}
              mapping={state.mapping}
              onSave={onSave}
            />
          </section>
          <section aria-labelledby="settings-heading">
            <h2 id="settings-heading" className={styles.h2}>{t('settingsHeading')}</h2>
            <SettingsSection missing={a.missingSettings} inserted={state.inserted} busy={busy} onInsert={onInsert} />
          </section>
          <RunSection
            periods={a.periods.map((p) => p.label)}
            period={state.period}
            onPeriod={flow.setPeriod}
            onRun={() => void flow.run()}
            disabled={busy || a.detection.sources.length === 0}
            progress={state.progress}
            onCancel={flow.cancel}
            cancelled={state.cancelled}
          />
        </>
      )}
      <div aria-live="polite">
        {run && (
          <Summary
            report={run.result.report}
            periodArticles={run.result.periodArticles}
            written={run.written}
            onOpen={onOpen}
            previews={previews}
            openSheet={openSheet}
            preview={shownSheet && openSheet && <SheetPreview name={openSheet} sheet={shownSheet} />}
          />
        )}
        {run && <NoticeDownload result={run.result} />}
      </div>
      {actions}
      {run && renderAfterRun?.(run)}
      {run && (
        <IssueList
          issues={run.result.report.issues}
          onSelect={selectIssue}
          renderPreview={previews ? (i) => <RowPreview workbook={run.workbook} detection={run.result.detection} issue={i} /> : undefined}
        />
      )}
    </main>
  );
}

/** The sheet the core produced under the name actually written (which differs when a user's sheet had it). */
function sheetNamed(run: RunContext, actual: string) {
  const intended = run.written.written.find((w) => w.actual === actual)?.intended ?? actual;
  return run.result.sheets.find((s) => s.name === intended);
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
