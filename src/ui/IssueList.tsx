// Validation problems grouped by kind with counts; each item selects its ledger cell.
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, Text } from '@fluentui/react-components';
import type { Issue } from '../core';
import { issueKindLabel, useI18n } from './i18n';

/** Items rendered per group; the 校验 sheet has all of them. */
const SHOWN_PER_GROUP = 100;

export function groupIssues(issues: Issue[]): Array<{ code: string; severity: Issue['severity']; items: Issue[] }> {
  const groups = new Map<string, { code: string; severity: Issue['severity']; items: Issue[] }>();
  for (const i of issues) {
    const g = groups.get(i.code) ?? { code: i.code, severity: i.severity, items: [] };
    g.items.push(i);
    groups.set(i.code, g);
  }
  // errors first, then the largest groups
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.items.length - a.items.length : a.severity === 'error' ? -1 : 1));
}

export function IssueList({ issues, onSelect }: { issues: Issue[]; onSelect: (issue: Issue) => void }) {
  const { lang, t } = useI18n();
  if (issues.length === 0) return <Text>{t('noIssues')}</Text>;
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">{t('issuesHeading', { count: issues.length })}</h2>
      <Accordion multiple collapsible>
        {groupIssues(issues).map((g) => (
          <AccordionItem key={g.code} value={g.code}>
            <AccordionHeader>
              {t(`severity_${g.severity}`)} · {issueKindLabel(lang, g.code)}（{g.items.length}）
            </AccordionHeader>
            <AccordionPanel>
              <ul>
                {g.items.slice(0, SHOWN_PER_GROUP).map((i, k) => (
                  <li key={k}>
                    <Link as="button" onClick={() => onSelect(i)}>
                      {t('gotoCell', { sheet: i.sheet, row: i.row, column: i.column, message: i.message })}
                    </Link>
                  </li>
                ))}
              </ul>
              {g.items.length > SHOWN_PER_GROUP && <Text>{t('moreIssues', { count: g.items.length - SHOWN_PER_GROUP })}</Text>}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
