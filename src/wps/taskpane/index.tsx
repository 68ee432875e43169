// Entry of the WPS task pane (taskpane.html): the shared pane over the ET object model. Opened in a plain
// browser (no WPS Application), it says where it runs and points to the standalone page.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Pane } from '../../ui/Pane';
import { languageOf } from '../../ui/i18n';
import { hostApplication } from '../runtime';
import { createWpsHost } from '../wpsHost';

const root = createRoot(document.getElementById('root')!);

if (hostApplication()) {
  root.render(<Pane host={createWpsHost()} lang={languageOf(navigator.language)} />);
} else {
  root.render(
    <main style={{ padding: 16 }}>
      <p>本加载项需在 WPS 表格中运行：请在“开始”选项卡点击“宣传统计”打开。没有 WPS 加载项环境时，可以使用独立页面（index.html）。</p>
      <p lang="en">This add-in runs inside WPS Spreadsheets (宣传统计 on the Home tab).</p>
    </main>,
  );
}
