// The one place that names the worker file: webpack 5 turns `new Worker(new URL(..., import.meta.url))`
// into a separate bundle served from the same folder (CSP worker-src 'self'). Loaded only where Worker exists.
export function spawnCalcWorker(): Worker {
  // @ts-expect-error TS1343: import.meta is ES-module syntax; webpack's ts-loader compiles to ES2020 modules, tsc's typecheck to CommonJS
  return new Worker(new URL('./calc.worker.ts', import.meta.url), { name: 'calc' });
}
