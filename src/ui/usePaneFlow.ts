// The pane's flow: read → analyse → (insert settings / edit mapping) → run (read, check, compute, write).
import * as React from 'react';
import { buildSettingsSheets, calculate, requireArticles, type CalcResult, type MappingOverride, type WorkbookData } from '../core';
import { analyze, type Analysis } from './analysis';
import type { HostAdapter, WriteReport } from './host';

export type Stage = 'read' | 'check' | 'compute' | 'write';
export const STAGES: Stage[] = ['read', 'check', 'compute', 'write'];

export interface RunContext {
  result: CalcResult;
  written: WriteReport;
  workbook: WorkbookData;
}

export interface FlowState {
  loading: boolean;
  workbook?: WorkbookData;
  mapping?: MappingOverride;
  analysis?: Analysis;
  period?: string;
  progress?: { stage: Stage; fraction: number };
  run?: RunContext;
  inserted?: string[];
  error?: unknown;
}

/** Let the browser paint (progress bar) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function usePaneFlow(host: HostAdapter, today: string) {
  const [state, setState] = React.useState<FlowState>({ loading: true });
  const patch = React.useCallback((p: Partial<FlowState>) => setState((s) => ({ ...s, ...p })), []);

  const load = React.useCallback(async () => {
    patch({ loading: true, error: undefined });
    try {
      const workbook = await host.readWorkbook();
      const mapping = await host.loadMappingOverride();
      const analysis = analyze(workbook, mapping, today);
      setState((s) => ({
        ...s, loading: false, workbook, mapping, analysis,
        period: s.period && analysis.periods.some((p) => p.label === s.period) ? s.period : analysis.defaultPeriod,
      }));
    } catch (error) {
      patch({ loading: false, error });
    }
  }, [host, today, patch]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const saveMapping = React.useCallback(async (mapping: MappingOverride | undefined) => {
    try {
      await host.saveMappingOverride(mapping);
      setState((s) => (s.workbook ? { ...s, mapping, analysis: analyze(s.workbook, mapping, today), error: undefined } : s));
    } catch (error) {
      patch({ error });
    }
  }, [host, today, patch]);

  const insertSettings = React.useCallback(async () => {
    if (!state.workbook) return;
    try {
      const report = await host.insertSettings(buildSettingsSheets(state.workbook, today));
      await load();
      patch({ inserted: report.written.map((w) => w.actual) });
    } catch (error) {
      patch({ error });
    }
  }, [host, today, state.workbook, load, patch]);

  const run = React.useCallback(async () => {
    const progress = (stage: Stage, fraction: number) => patch({ progress: { stage, fraction } });
    patch({ run: undefined, error: undefined, inserted: undefined });
    try {
      progress('read', 0);
      const workbook = await host.readWorkbook((f) => progress('read', f));
      progress('check', 0);
      await nextFrame();
      const result = requireArticles(calculate(workbook, {
        period: state.period, today, mapping: state.mapping,
        onProgress: (stage, f) => progress(stage === 'checking' ? 'check' : 'compute', f),
      }));
      progress('write', 0);
      await nextFrame();
      const written = await host.writeResults(result.sheets, (f) => progress('write', f));
      setState((s) => ({ ...s, workbook, progress: undefined, run: { result, written, workbook } }));
    } catch (error) {
      patch({ progress: undefined, error });
    }
  }, [host, today, state.period, state.mapping, patch]);

  return {
    state,
    reload: load,
    setPeriod: (period: string) => patch({ period }),
    saveMapping,
    insertSettings,
    run,
    dismissError: () => patch({ error: undefined }),
  };
}
