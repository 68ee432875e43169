// Where the WPS shell finds the ET Application: the global `Application` a WPS 加载项 page gets from WPS,
// injectable so tests run the shell against the in-memory fake in test/wps.
import { yieldToHost } from '../addin/office/runtime';
import type { EtApplication, EtWorkbook } from './etModel';
import { WpsHostError } from './errors';

export interface WpsRuntime {
  app(): EtApplication;
  /** Give the event loop back between chunks: ET calls are synchronous, the pane must still repaint. */
  yieldToHost(): Promise<void>;
}

/** The ET Application of the running WPS, or undefined outside WPS (a plain browser). */
export function hostApplication(): EtApplication | undefined {
  return (globalThis as unknown as { Application?: EtApplication }).Application;
}

export function wpsRuntime(): WpsRuntime {
  return {
    app: () => {
      const app = hostApplication();
      if (!app) throw new WpsHostError('noWorkbook');
      return app;
    },
    yieldToHost,
  };
}

export function activeWorkbook(rt: WpsRuntime): EtWorkbook {
  const wb = rt.app().ActiveWorkbook;
  if (!wb) throw new WpsHostError('noWorkbook');
  return wb;
}

/** Screen updating and alerts off while writing (Delete would otherwise ask the user); restored after. */
export function quietly<T>(app: EtApplication, work: () => Promise<T>): Promise<T> {
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  return work().finally(() => {
    app.ScreenUpdating = screen;
    app.DisplayAlerts = alerts;
  });
}
