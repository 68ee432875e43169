// Errors in a MessageBar: no ledger, settings problems (each cell listed), Office errors, anything else.
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { EmptyLedgerError, NoLedgerError, SettingsError } from '../core';
import { useI18n, type StringKey, type Translate } from './i18n';

const OFFICE_KINDS = ['protected', 'payload', 'nameConflict', 'editMode'];

function officeKind(e: unknown): string | undefined {
  const kind = (e as { kind?: unknown; name?: unknown } | null)?.kind;
  return (e as { name?: unknown })?.name === 'OfficeHostError' && typeof kind === 'string' && OFFICE_KINDS.includes(kind) ? kind : undefined;
}

export function describeError(e: unknown, t: Translate): { title: string; lines: string[] } {
  if (e instanceof SettingsError) {
    return { title: t('settingsErrorTitle'), lines: e.problems.map((p) => `${p.sheet}!${p.column}${p.row}：${p.message}`) };
  }
  if (e instanceof NoLedgerError) return { title: t('noLedgerTitle'), lines: [e.message.replace(/^未找到[^：]*台账：/, '')] };
  if (e instanceof EmptyLedgerError) return { title: t('emptyLedgerTitle'), lines: [e.detail] };
  const kind = officeKind(e);
  if (kind) return { title: t('errorTitle'), lines: [t(`office_${kind}` as StringKey)] };
  return { title: t('errorTitle'), lines: [e instanceof Error ? e.message : String(e)] };
}

export function ErrorBar({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t } = useI18n();
  const { title, lines } = describeError(error, t);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {lines.length === 1 ? (
          lines[0]
        ) : (
          <ul>
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
