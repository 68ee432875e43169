// Entry of the standalone page (dist/index.html).
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ErrorBoundary } from './ErrorBoundary';
import { WebApp } from './WebApp';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <WebApp />
      </ErrorBoundary>
    </FluentProvider>,
  );
}
