// The file chooser: a Chinese button over a hidden native input (whose own button speaks the browser's
// language, not the page's); dropping a file anywhere on the page is handled by the page itself.
import * as React from 'react';
import { Button, makeStyles, shorthands, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalL,
    ...shorthands.border('2px', 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
  },
  active: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  // visually hidden but still labelled and focusable through the button
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

interface Props {
  onFile: (file: File) => void;
  dragging: boolean;
  busy: boolean;
  fileName?: string;
}

export function FilePicker({ onFile, dragging, busy, fileName }: Props) {
  const styles = useStyles();
  const id = React.useId();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={dragging ? `${styles.zone} ${styles.active}` : styles.zone}>
      <label htmlFor={id}>
        <Text weight="semibold">选择台账文件（.xlsx 或 .csv）</Text>
      </label>
      <input
        id={id}
        ref={input}
        className={styles.input}
        tabIndex={-1}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = ''; // choosing the same file again reloads it
        }}
      />
      <Button appearance={fileName ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
        {fileName ? '换一个文件' : '选择文件'}
      </Button>
      <Text>{busy ? '正在读取…' : fileName ? `当前文件：${fileName}` : '或把文件拖到本页任意位置'}</Text>
    </div>
  );
}
