// Public entry of the pure core. Shells import from here only.
export * from './types';
export * from './api';
export { calculate } from './engine';
export { requireArticles } from './emptyLedger';
export { detectLedger } from './detect';
export { buildSettingsSheets } from './settingsTemplate';
export { MARKER_SHEET, PAYOUT_SHEET, ownedSheetNames, planSheetNames, markerRows } from './sheetPlan';
export type { SheetPlanEntry } from './sheetPlan';
export { layoutSheet, columnLetters, cellAddress } from './layout';
export type { SheetLayout, BlockPlacement } from './layout';
export { parsePeriod, periodLabel } from './periods';
export { cellDisplay, countText, ledgerRowsText, periodArticlesText, periodText, pointsNumber, pointsText, yuanNumber, yuanText } from './format';
