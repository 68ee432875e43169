// Worker thread of the CLI's reader: inflates worksheet parts and scans them into operation logs (see
// src/file/sheetScan.ts), which go back to the main thread without copying while it parses the shared strings.
import { parentPort } from 'worker_threads';
import { scanJob, type ScanJob } from './scanJob';

parentPort?.on('message', (job: ScanJob) => {
  void scanJob(job).then(({ reply, transfer }) => parentPort?.postMessage(reply, transfer));
});
