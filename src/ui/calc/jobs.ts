// The work itself, the same in the worker and in the in-thread fallback: pure core calculation, and for the
// page the .xlsx reading and writing. `pause` runs between phases (the fallback yields and checks 取消 there).
import { calculate, describeSheet, requireArticles, type OutputSheet, type WorkbookData } from '../../core';
import { loadFileShell } from '../../web/fileShell';
import type { CalcJob, CalcStage, JobResults, Maybe } from './protocol';

export type Progress = (stage: CalcStage, fraction: number) => void;

export interface JobEnv {
  progress: Progress;
  pause: () => Promise<void>;
  /** what a HeldRef stands for (the worker's held objects); anything else as it is */
  held: <T>(v: Maybe<T>) => T;
}

export async function runJob(job: CalcJob, env: JobEnv): Promise<JobResults[CalcJob['kind']]> {
  const { progress, pause } = env;
  switch (job.kind) {
    case 'calculate': {
      progress('check', 0);
      await pause();
      const result = requireArticles(calculate(env.held<WorkbookData>(job.workbook), {
        ...job.options,
        onProgress: (stage, f) => progress(stage === 'checking' ? 'check' : 'compute', f),
      }));
      await pause();
      // laid out here too: for a 100k-row ledger that is a third of a second the UI thread need not spend
      return { result, layouts: job.describe ? result.sheets.map((s) => describeSheet(s)) : undefined };
    }
    case 'workbookBytes': {
      progress('read', 0);
      return (await loadFileShell()).workbookBytes(job.data, job.name);
    }
    case 'readXlsx': {
      progress('read', 0);
      const shell = await loadFileShell();
      await pause();
      const wb = await shell.readXlsx(job.data);
      progress('read', 1);
      return wb;
    }
    case 'writeXlsx': {
      progress('write', 0);
      const shell = await loadFileShell();
      await pause();
      const out = await shell.writeResults(job.original, env.held<WorkbookData>(job.workbook), env.held<OutputSheet[]>(job.outputs));
      progress('write', 1);
      return out;
    }
  }
}
