// 下载通报（Word）: the 通报 as a 公文-style .docx, built on demand after a run (page and add-in alike).
import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { CalcResult } from '../core';

/** 通报-2026Q3.docx */
export function noticeFileName(result: CalcResult): string {
  return `通报-${result.period.label}.docx`;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function NoticeDownload({ result }: { result: CalcResult }) {
  const [state, setState] = React.useState<'idle' | 'busy' | 'failed'>('idle');
  const [reason, setReason] = React.useState('');
  const download = async () => {
    setState('busy');
    try {
      const { noticeBlob } = await import(/* webpackChunkName: "notice" */ '../notice/browserNotice');
      saveBlob(await noticeBlob(result), noticeFileName(result));
      setState('idle');
    } catch (e) {
      setReason(e instanceof Error ? e.message : String(e));
      setState('failed');
    }
  };
  return (
    <div>
      <Button appearance="secondary" disabled={state === 'busy'} onClick={() => void download()}>
        {state === 'busy' ? '正在生成通报…' : '下载通报（Word）'}
      </Button>
      {state === 'failed' && <Text role="alert"> 生成通报失败，请重试。（{reason}）</Text>}
    </div>
  );
}
