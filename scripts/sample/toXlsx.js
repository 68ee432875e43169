// Writes rendered sheets to .xlsx with ExcelJS's streaming writer (fast enough for 100k-row ledgers),
// and converts them to the core's WorkbookData for engine-only benchmarks.
'use strict';

const { PassThrough } = require('stream');
const ExcelJS = require('exceljs');

async function sheetsToXlsx(sheets) {
  const stream = new PassThrough();
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = '青山县人大常委会办公室';
  wb.created = new Date(Date.UTC(2026, 9, 8));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.widths) ws.columns = s.widths.map((width) => ({ width }));
    for (const m of s.merges ?? []) ws.mergeCells(m);
    s.rows.forEach((cells, i) => {
      const row = ws.getRow(i + 1);
      cells.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      });
      if (i === 0 && s.merges) row.font = { bold: true, size: 14 };
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
  return Buffer.concat(chunks);
}

/** Cells as the core receives them from a shell: formulas as their cached result. */
function sheetsToWorkbookData(sheets) {
  return {
    sheets: sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((cells) => cells.map((v) => (v && typeof v === 'object' && 'formula' in v ? v.result : v === '' || v === undefined ? null : v))),
    })),
  };
}

module.exports = { sheetsToXlsx, sheetsToWorkbookData };
