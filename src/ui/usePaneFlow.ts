// The pane's flow: read → analyse → (insert settings / edit mapping) → run (read, check, compute, write).
import * as React from 'react';
import { buildSettingsSheets, type CalcResult, type MappingOverride, type WorkbookData } from '../core';
import { analyze, type Analysis } from './analysis';
import { calcClient } from './calc/client';
import { CancelledError } from './calc/errors';
import type { CalcStage } from './calc/protocol';
import type { HostAdapter, WriteReport } from './host';

export type Stage = CalcStage;
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
  /** the last run was cancelled (取消): nothing was written */
  cancelled?: boolean;
  error?: unknown;
}

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

  /** Stops the running calculation (取消); set while a run may still be cancelled, i.e. before writing. */
  const cancelRef = React.useRef<(() => void) | undefined>(undefined);

  const run = React.useCallback(async () => {
    const progress = (stage: Stage, fraction: number) => patch({ progress: { stage, fraction } });
    const abort = new AbortController();
    let stopCalc = () => undefined as void;
    cancelRef.current = () => {
      abort.abort();
      stopCalc();
    };
    patch({ run: undefined, error: undefined, inserted: undefined, cancelled: undefined });
    try {
      progress('read', 0);
      const workbook = await host.readWorkbook((f) => progress('read', f), abort.signal);
      if (abort.signal.aborted) throw new CancelledError();
      // The core runs in the worker (or in-thread, yielding between phases, where there is none).
      const task = calcClient().run(
        { kind: 'calculate', workbook, options: { period: state.period, today, mapping: state.mapping }, describe: host.usesLayouts },
        progress,
      );
      stopCalc = task.cancel;
      const { result, layouts } = await task.promise;
      if (abort.signal.aborted) throw new CancelledError();
      // Writing is host I/O, all or nothing: from here on 取消 is no longer offered.
      cancelRef.current = undefined;
      progress('write', 0);
      const written = await host.writeResults(result.sheets, (f) => progress('write', f), layouts);
      setState((s) => ({ ...s, workbook, progress: undefined, run: { result, written, workbook } }));
    } catch (error) {
      if (error instanceof CancelledError) patch({ progress: undefined, cancelled: true });
      else patch({ progress: undefined, error });
    } finally {
      cancelRef.current = undefined;
    }
  }, [host, today, state.period, state.mapping, patch]);

  return {
    state,
    reload: load,
    setPeriod: (period: string) => patch({ period }),
    saveMapping,
    insertSettings,
    run,
    /** undefined when there is nothing to cancel (idle, or already writing) */
    cancel: state.progress && state.progress.stage !== 'write' ? () => cancelRef.current?.() : undefined,
    dismissError: () => patch({ error: undefined }),
  };
}
