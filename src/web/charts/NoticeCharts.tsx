// All charts of the 通报 sheet of a run, drawn in the page.
import * as React from 'react';
import type { OutputSheet } from '../../core';
import { chartModel } from './chartModel';
import { SvgChart } from './SvgChart';

export function NoticeCharts({ outputs }: { outputs: OutputSheet[] }) {
  const notice = outputs.find((s) => s.kind === 'notice');
  const models = (notice?.charts ?? []).flatMap((spec) => {
    const m = notice && chartModel(notice, spec);
    return m ? [m] : [];
  });
  if (models.length === 0) return null;
  return (
    <section aria-label="通报图表" style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
      {models.map((m, i) => <SvgChart key={`${m.title}-${i}`} model={m} />)}
    </section>
  );
}
