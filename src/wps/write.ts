// All-or-nothing writing of output sheets into the active ET workbook. Everything goes into temporary
// sheets first; the commit then moves the product's old sheets aside, renames the new ones and updates the
// marker sheet, undoing each step if a later one fails; only then are the old sheets deleted.
import {
  MARKER_SHEET, markerRows, ownedSheetNames, planSheetNames, type OutputSheet, type SheetDescription, type SheetPlanEntry,
} from '../core';
import type { HostProgress, WriteReport } from '../ui/host';
import { TEXT_FORMAT } from '../addin/office/formats';
import { sheetAt, SHEET_VERY_HIDDEN, type EtWorkbook, type EtWorksheet } from './etModel';
import { WpsHostError, toWpsError } from './errors';
import { asGrid } from './read';
import { activeWorkbook, quietly, type WpsRuntime } from './runtime';
import { writeOutputSheet, type WrittenTable } from './sheetWriter';

interface Written {
  entry: SheetPlanEntry;
  ws: EtWorksheet;
  tables: WrittenTable[];
}

function allSheets(wb: EtWorkbook): EtWorksheet[] {
  return Array.from({ length: wb.Worksheets.Count }, (_, i) => sheetAt(wb, i + 1));
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function tableNamesOf(sheets: EtWorksheet[]): string[] {
  return sheets.flatMap((ws) => Array.from({ length: ws.ListObjects.Count }, (_, i) => ws.ListObjects.Item(i + 1).Name));
}

/** Column A of the marker sheet, as the core's ownedSheetNames reads it. */
function markerValues(marker: EtWorksheet | undefined): string[][] {
  if (!marker) return [];
  return asGrid(marker.UsedRange.Value2).map((row) => [typeof row[0] === 'string' ? row[0] : '']);
}

/** A new sheet after the last one other than the marker, so that a rerun keeps the sheets in their order. */
function addSheetAtEnd(wb: EtWorkbook, name: string): EtWorksheet {
  const sheets = allSheets(wb);
  const last = sheets.filter((s) => s.Name !== MARKER_SHEET).pop() ?? sheets[sheets.length - 1];
  const ws = wb.Worksheets.Add(undefined, last) as EtWorksheet;
  ws.Name = name;
  return ws;
}

function writeMarker(ws: EtWorksheet, rows: string[][]): void {
  ws.UsedRange.ClearContents();
  const range = ws.Range(`A1:A${rows.length}`);
  range.NumberFormat = TEXT_FORMAT;
  range.Value2 = rows;
  ws.Visible = SHEET_VERY_HIDDEN;
}

/** Swap the new sheets in; every step registers its undo, run in reverse if a later step throws. */
function commit(wb: EtWorkbook, written: Written[], owned: Set<string>, plan: SheetPlanEntry[], taken: Set<string>): EtWorksheet[] {
  const undo: Array<() => void> = [];
  const sheets = allSheets(wb);
  const old = written.filter((w) => w.entry.replace).map((w) => sheets.find((s) => s.Name.toLowerCase() === w.entry.actual.toLowerCase())!);
  try {
    const stamp = Date.now().toString(36);
    const tableNames = new Set(tableNamesOf(sheets).map((n) => n.toLowerCase()));
    for (const [k, ws] of old.entries()) {
      const name = ws.Name;
      ws.Name = uniqueName(`_old_宣传统计_${k + 1}`, taken);
      undo.push(() => (ws.Name = name));
      for (let i = 1; i <= ws.ListObjects.Count; i++) {
        const t = ws.ListObjects.Item(i);
        const tableName = t.Name;
        t.Name = uniqueName(`old_${stamp}_${k + 1}_${i}`, tableNames);
        tableNames.delete(tableName.toLowerCase());
        undo.push(() => (t.Name = tableName));
      }
    }
    for (const { entry, ws, tables } of written) {
      const temp = ws.Name;
      ws.Name = entry.actual;
      undo.push(() => (ws.Name = temp));
      for (const t of tables) {
        const tempTable = t.table.Name;
        t.table.Name = uniqueName(t.name, tableNames);
        undo.push(() => (t.table.Name = tempTable)); // before the old tables get their names back
      }
    }
    const marker = sheets.find((s) => s.Name === MARKER_SHEET);
    const rows = markerRows(owned, plan);
    if (marker) {
      const before = markerValues(marker);
      undo.push(() => writeMarker(marker, before)); // registered first: writing it may fail halfway
      writeMarker(marker, rows);
    } else {
      const created = addSheetAtEnd(wb, MARKER_SHEET);
      undo.push(() => created.Delete());
      writeMarker(created, rows);
    }
  } catch (e) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // keep undoing the rest: every name put back is one less surprise for the user
      }
    }
    throw e;
  }
  return old;
}

export async function writeSheets(
  rt: WpsRuntime, outputs: OutputSheet[], onProgress?: HostProgress, layouts?: SheetDescription[],
): Promise<WriteReport> {
  try {
    const app = rt.app();
    const wb = activeWorkbook(rt);
    if (wb.ProtectStructure) throw new WpsHostError('protected');
    const sheets = allSheets(wb);
    const names = sheets.map((s) => s.Name);
    const owned = ownedSheetNames({ sheets: [{ name: MARKER_SHEET, rows: markerValues(sheets.find((s) => s.Name === MARKER_SHEET)) }] });
    const plan = planSheetNames(names, owned, outputs);
    const todo = plan.map((entry, i) => ({ entry, sheet: outputs[i], layout: layouts?.[i] })).filter((x) => !x.entry.skip);
    const totalRows = Math.max(1, todo.reduce((n, x) => n + x.sheet.blocks.reduce((m, b) => m + b.rows.length, 0), 0));
    const taken = new Set(names.map((n) => n.toLowerCase()));
    const tableNames = new Set(tableNamesOf(sheets).map((n) => n.toLowerCase()));
    const stamp = Date.now().toString(36);
    const active = wb.ActiveSheet as EtWorksheet | undefined;
    let doneRows = 0;
    await quietly(app, async () => {
      const written: Written[] = [];
      let old: EtWorksheet[] = [];
      try {
        for (const [k, { entry, sheet, layout }] of todo.entries()) {
          const ws = addSheetAtEnd(wb, uniqueName(`_tmp_宣传统计_${k + 1}`, taken));
          written.push({ entry, ws, tables: [] });
          written[k].tables = await writeOutputSheet(ws, sheet, {
            app,
            layout,
            tempTableName: (b) => uniqueName(`tmp_${stamp}_${k + 1}_${b + 1}`, tableNames),
            onRows: (n) => onProgress?.(Math.min(0.99, (doneRows += n) / totalRows)),
            yieldToHost: () => rt.yieldToHost(),
          });
        }
        old = commit(wb, written, owned, plan, taken);
      } catch (err) {
        for (const { ws } of written.reverse()) {
          try {
            ws.Delete();
          } catch {
            // a sheet that cannot be deleted is left; the others still go
          }
        }
        throw err;
      } finally {
        try {
          active?.Activate();
        } catch {
          // the active sheet may be an old result about to go; a failed activate must not hide the real error
        }
      }
      // Committed: the old results only wait to be deleted. One that resists is hidden, not brought back.
      for (const ws of old) {
        try {
          ws.Delete();
        } catch {
          ws.Visible = SHEET_VERY_HIDDEN;
        }
      }
    });
    onProgress?.(1);
    return { written: todo.map((x) => ({ intended: x.entry.intended, actual: x.entry.actual })) };
  } catch (err) {
    throw toWpsError(err);
  }
}
