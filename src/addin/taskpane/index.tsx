// Entry of the add-in's task pane (taskpane.html). office.js is loaded by the page from ./office-js/.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { Pane } from '../../ui/Pane';
import { languageOf } from '../../ui/i18n';
import { createOfficeHost } from '../office/officeHost';
import { themeFromOffice } from './officeTheme';
import { OutsideOffice } from './OutsideOffice';

const root = createRoot(document.getElementById('root')!);

void Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    const lang = languageOf(Office.context.displayLanguage);
    root.render(<Pane host={createOfficeHost()} lang={lang} theme={themeFromOffice(Office.context.officeTheme)} />);
  } else {
    root.render(<OutsideOffice lang={languageOf(navigator.language)} />);
  }
});
