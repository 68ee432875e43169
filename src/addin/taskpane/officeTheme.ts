// Follow Office's theme: dark Office themes get Fluent's dark theme.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance of '#RRGGBB' (0 black … 1 white). */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return 1;
  const n = parseInt(m[1], 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

export function themeFromOffice(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  return officeTheme?.bodyBackgroundColor && luminance(officeTheme.bodyBackgroundColor) < 0.5 ? webDarkTheme : webLightTheme;
}
