// Settings check: missing 统计规则/通讯员名单/媒体目录/任务目标 can be inserted, prefilled from the ledger.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { useI18n } from './i18n';

interface Props {
  missing: string[];
  inserted?: string[];
  busy: boolean;
  onInsert: () => void;
}

export const SettingsSection = React.memo(function SettingsSection({ missing, inserted, busy, onInsert }: Props) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {inserted && inserted.length > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{t('settingsInserted', { names: inserted.join('、') })}</MessageBarBody>
        </MessageBar>
      )}
      {missing.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('settingsMissing', { names: missing.join('、') })}</MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={onInsert}>
              {t('insertSettings')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <Text>{t('settingsOk')}</Text>
      )}
    </div>
  );
});
