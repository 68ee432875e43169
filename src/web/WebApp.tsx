// The standalone page: pick or drop a ledger .xlsx, run the shared pane on it, download the result.
import * as React from 'react';
import {
  Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, Title1, tokens,
} from '@fluentui/react-components';
import { Pane } from '../ui/Pane';
import { NoticeCharts } from './charts/NoticeCharts';
import { DownloadBar } from './DownloadBar';
import { ErrorBoundary } from './ErrorBoundary';
import { FilePicker } from './FilePicker';
import { LoadError, loadLedgerFile } from './loadLedgerFile';
import { periodOfOutputs } from './resultFile';
import { pageToday } from './today';
import { WebHost, type WebResult } from './webHost';

const useStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    maxWidth: '1100px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Opened {
  name: string;
  host: WebHost;
  /** bumps on every file so the pane starts afresh */
  key: number;
}

interface Output {
  data: Uint8Array;
  written: string[];
  period?: string;
}

interface PageError {
  title: string;
  detail: string;
}

function pageError(e: unknown): PageError {
  if (e instanceof LoadError) return { title: e.title, detail: e.detail };
  return { title: '无法使用此文件', detail: e instanceof Error ? e.message : String(e) };
}

export function WebApp() {
  const styles = useStyles();
  const [opened, setOpened] = React.useState<Opened>();
  const [output, setOutput] = React.useState<Output>();
  const [error, setError] = React.useState<PageError>();
  const [busy, setBusy] = React.useState(false);
  const [dragging, setDragging] = React.useState(false);
  const counter = React.useRef(0);
  const today = React.useMemo(() => pageToday(window.location.search), []);

  const onWrite = React.useCallback((r: WebResult) => {
    const period = periodOfOutputs(r.outputs.filter((s) => s.kind !== 'settings' && s.kind !== 'payouts').map((s) => s.name));
    setOutput((prev) => ({
      data: r.data,
      written: [...new Set([...(prev?.written ?? []), ...r.written.map((w) => w.actual)])],
      period: period ?? prev?.period,
    }));
  }, []);

  const openFile = React.useCallback(async (file: File) => {
    setBusy(true);
    setError(undefined);
    setOutput(undefined);
    setOpened(undefined);
    try {
      const loaded = await loadLedgerFile(file);
      const host = new WebHost(loaded.name, loaded.data, onWrite, loaded.workbook);
      setOpened({ name: loaded.name, host, key: ++counter.current });
    } catch (e) {
      setError(pageError(e));
    } finally {
      setBusy(false);
    }
  }, [onWrite]);

  const dragProps = {
    onDragOver: (e: React.DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault(); // allows the drop
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (e: React.DragEvent) => {
      if (e.currentTarget === e.target) setDragging(false);
    },
    onDrop: (e: React.DragEvent) => {
      e.preventDefault(); // otherwise the browser navigates to the file
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file && !busy) void openFile(file);
    },
  };

  return (
    // Not <main>: the pane inside is the page's main region; this wrapper is the drop zone.
    <div className={styles.page} data-dropzone="ledger" {...dragProps}>
      <header className={styles.header}>
        <Title1 as="h1">宣传稿件统计 · 独立页面</Title1>
        <Text>选择或拖入台账文件 → 一键计算 → 下载结果</Text>
        <Text weight="semibold">文件只在本机处理，不上传。</Text>
        <Text size={200}>
          用 WPS 表格？可安装“宣传统计”WPS 加载项，在表格里一键计算：<Link href="wps-install.html">WPS 加载项安装说明</Link>
        </Text>
      </header>
      <FilePicker onFile={(f) => void openFile(f)} dragging={dragging} busy={busy} fileName={opened?.name} />
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            <div>{error.detail}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {opened && (
        <ErrorBoundary key={opened.key} onReset={() => setOpened(undefined)}>
          <Pane
            host={opened.host}
            today={today}
            hideTitle
            actions={output && <DownloadBar inputName={opened.name} {...output} />}
            renderAfterRun={(run) => <NoticeCharts outputs={run.result.sheets} />}
          />
        </ErrorBoundary>
      )}
    </div>
  );
}
