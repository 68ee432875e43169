// The download of the in-memory workbook with the sheets written so far (results and/or settings).
import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { resultFileName, XLSX_MIME } from './resultFile';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/** A Blob URL for the bytes, revoked when they change or the bar goes away. */
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
  /** period of the latest calculation; none when only settings sheets were added */
  period?: string;
}

export function DownloadBar({ inputName, data, written, period }: Props) {
  const styles = useStyles();
  const url = useBlobUrl(data);
  const name = resultFileName(inputName, period ?? '含设置');
  return (
    <section className={styles.bar} aria-label="下载结果">
      <Button as="a" appearance="primary" href={url} download={name}>
        下载结果：{name}
      </Button>
      <Text size={200}>
        下载的工作簿保留原有全部工作表，并写入了：{written.join('、')}。原文件不会被修改。
      </Text>
    </section>
  );
}
