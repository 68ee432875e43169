// taskpane.html opened in a plain browser: say where it runs and point to the standalone page.
import * as React from 'react';
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { translator, type Lang } from '../../ui/i18n';

export function OutsideOffice({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <main style={{ padding: 16 }}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('outsideTitle')}</MessageBarTitle>
            {t('outsideBody')} <Link href="index.html">{t('outsideLink')}</Link>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
