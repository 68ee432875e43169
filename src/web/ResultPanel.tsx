// The download of the in-memory workbook (results and/or settings sheets added), and the 通报 charts.
import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { OutputSheet } from '../core';
import { periodOfOutputs, resultFileName, XLSX_MIME } from './resultFile';
import { NoticeCharts } from './charts/NoticeCharts';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
});

/** A Blob URL for the bytes, revoked when they change or the panel goes away. */
function useBlobUrl(data: Uint8Array): string {
  const url = React.useMemo(() => URL.createObjectURL(new Blob([data as BlobPart], { type: XLSX_MIME })), [data]);
  React.useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return url;
}

interface Props {
  inputName: string;
  /** latest bytes of the workbook */
  data: Uint8Array;
  /** every sheet written so far in this visit (actual names) */
  written: string[];
  /** outputs of the latest calculation, if any */
  run?: OutputSheet[];
}

export function ResultPanel({ inputName, data, written, run }: Props) {
  const styles = useStyles();
  const url = useBlobUrl(data);
  const period = run && periodOfOutputs(run.filter((s) => s.kind !== 'payouts').map((s) => s.name));
  const name = resultFileName(inputName, period ?? '含设置');
  return (
    <section className={styles.panel} aria-label="计算结果下载">
      <div>
        <Button as="a" appearance="primary" href={url} download={name}>
          下载结果：{name}
        </Button>
      </div>
      <Text size={200}>
        下载的工作簿保留原有全部工作表，并写入了：{written.join('、')}。原文件不会被修改。
        (The download keeps all original sheets and adds the result sheets.)
      </Text>
      {run && <NoticeCharts outputs={run} />}
    </section>
  );
}
