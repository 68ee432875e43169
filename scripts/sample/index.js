// Ledger generator entry: model + rendering + writing, shared by the sample script, tests and benchmarks.
'use strict';

const { generateLedger } = require('./ledgerGen');
const { renderWorkbook } = require('./render');
const { sheetsToXlsx, sheetsToWorkbookData } = require('./toXlsx');
const money = require('./money');

/** Generate a ledger workbook: { model (with truth), sheets, xlsx(): Promise<Buffer>, workbookData() }. */
function buildLedger(options) {
  const model = generateLedger(options);
  const sheets = renderWorkbook(model);
  return { model, sheets, xlsx: () => sheetsToXlsx(sheets), workbookData: () => sheetsToWorkbookData(sheets) };
}

module.exports = { buildLedger, generateLedger, money };
