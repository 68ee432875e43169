// The work itself, the same in the worker and in the in-thread fallback: pure core calculation, and for the
// page the .xlsx reading and writing. `pause` runs between phases (the fallback yields and checks 取消 there).
import { calculate, requireArticles, type WorkbookData } from '../../core';
import { loadFileShell } from '../../web/fileShell';
import type { CalcJob, CalcStage, JobResults, WorkbookRef } from './protocol';

export type Progress = (stage: CalcStage, fraction: number) => void;

export interface JobEnv {
  progress: Progress;
  pause: () => Promise<void>;
  workbook: (w: WorkbookData | WorkbookRef) => WorkbookData;
}

export async function runJob(job: CalcJob, env: JobEnv): Promise<JobResults[CalcJob['kind']]> {
  const { progress, pause } = env;
  switch (job.kind) {
    case 'calculate': {
      progress('check', 0);
      await pause();
      const result = requireArticles(calculate(env.workbook(job.workbook), {
        ...job.options,
        onProgress: (stage, f) => progress(stage === 'checking' ? 'check' : 'compute', f),
      }));
      await pause();
      return result;
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
      const out = await shell.writeResults(job.original, env.workbook(job.workbook), job.outputs);
      progress('write', 1);
      return out;
    }
  }
}
