// Validation problems grouped by kind with counts. Each item names its place once; clicking it selects the
// ledger cell in Excel, or (on the page) opens a preview of the ledger row under the item.
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../core';
import { issueKindLabel, useI18n, type Translate } from './i18n';

const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** '2026年9月 第50行 E列：…' with the place said once, whether or not the core's message already starts with it. */
export function issueLine(i: Issue, t: Translate): string {
  const place = `${t('issueLocation', { sheet: i.sheet, row: i.row })}${i.column ? ` ${t('issueColumn', { column: i.column })}` : ''}`;
  const own = new RegExp(`^${escape(i.sheet)} 第${i.row}行(?: [A-Z]+列)?[：:]\\s*`);
  return `${place}：${i.message.replace(own, '')}`;
}

interface Props {
  issues: Issue[];
  onSelect: (issue: Issue) => void;
  /** the page's row preview for an item; without it a click only selects the cell (add-in) */
  renderPreview?: (issue: Issue) => React.ReactNode;
}

export function IssueList({ issues, onSelect, renderPreview }: Props) {
  const { lang, t } = useI18n();
  const [open, setOpen] = React.useState<Issue>();
  const styles = useStyles();
  if (issues.length === 0) return <Text>{t('noIssues')}</Text>;
  const click = (i: Issue) => {
    onSelect(i);
    if (renderPreview) setOpen(open === i ? undefined : i);
  };
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
              <ul className={styles.list}>
                {g.items.slice(0, SHOWN_PER_GROUP).map((i, k) => (
                  <li key={k}>
                    <Link as="button" onClick={() => click(i)} aria-expanded={renderPreview ? open === i : undefined}>
                      {issueLine(i, t)}
                    </Link>
                    {open === i && renderPreview?.(i)}
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
