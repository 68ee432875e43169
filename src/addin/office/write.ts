// All-or-nothing writing of output sheets: everything goes into temporary sheets first; only when all of
// them are complete are the product's old sheets deleted and the new ones renamed, in one round trip.
import {
  MARKER_SHEET, markerRows, ownedSheetNames, planSheetNames, type OutputSheet, type SheetDescription, type SheetPlanEntry,
} from '../../core';
import type { HostProgress, WriteReport } from '../../ui/host';
import { WriteBatcher } from './batcher';
import { OfficeHostError, toHostError } from './errors';
import { TEXT_FORMAT } from './formats';
import { optionalFeatures, type ExcelRuntime, type OptionalFeatures } from './runtime';
import { writeOutputSheet, type WrittenTable } from './sheetWriter';

/** Worksheet custom property that marks our sheets as well (where ExcelApi 1.12 exists). */
export const OWNED_PROPERTY = 'PublicityLedgerOwned';

interface Existing {
  names: string[];
  owned: Set<string>;
  markerExists: boolean;
  tableNames: Set<string>; // lower-case, tables that will still exist after the commit
}

/** Two small round trips: sheet names, protection, marker contents and table names. */
async function readExisting(context: Excel.RequestContext, outputs: OutputSheet[]): Promise<{ e: Existing; plan: SheetPlanEntry[] }> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const protection = context.workbook.protection.load('protected');
  const marker = context.workbook.worksheets.getItemOrNullObject(MARKER_SHEET).load('isNullObject');
  const allTables = context.workbook.tables.load('items/name');
  // (the marker's contents need a second round trip: a null sheet has no used range)
  await context.sync();
  if (protection.protected) throw new OfficeHostError('protected', 'WorkbookProtected');
  const names = worksheets.items.map((w) => w.name);
  const markerUsed = marker.isNullObject ? null : marker.getUsedRangeOrNullObject(true).load('values');
  // Tables on sheets about to be replaced must have their names freed; table names only, so cheap.
  const sheetTables = worksheets.items.map((w) => w.tables.load('items/name'));
  await context.sync();
  const rows = markerUsed && !markerUsed.isNullObject ? (markerUsed.values as string[][]) : [];
  const owned = ownedSheetNames({ sheets: [{ name: MARKER_SHEET, rows }] });
  const plan = planSheetNames(names, owned, outputs);
  const replaced = new Set(plan.filter((p) => p.replace).map((p) => p.actual));
  const freed = new Set(
    sheetTables.filter((_, i) => replaced.has(names[i])).flatMap((t) => t.items.map((x) => x.name.toLowerCase())),
  );
  const tableNames = new Set(allTables.items.map((t) => t.name.toLowerCase()).filter((n) => !freed.has(n)));
  return { e: { names, owned, markerExists: !marker.isNullObject, tableNames }, plan };
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Delete the old owned sheets, rename the new ones, record ownership: one round trip. */
function queueCommit(
  context: Excel.RequestContext,
  e: Existing,
  plan: SheetPlanEntry[],
  written: Array<{ entry: SheetPlanEntry; ws: Excel.Worksheet; tables: WrittenTable[] }>,
  features: OptionalFeatures,
): void {
  const worksheets = context.workbook.worksheets;
  for (const { entry } of written) if (entry.replace) worksheets.getItem(entry.actual).delete();
  for (const { entry, ws, tables } of written) {
    ws.name = entry.actual;
    for (const t of tables) t.table.name = uniqueName(t.name, e.tableNames);
    if (features.customProperties) ws.customProperties.add(OWNED_PROPERTY, 'true');
  }
  const rows = markerRows(e.owned, plan);
  const marker = e.markerExists ? worksheets.getItem(MARKER_SHEET) : worksheets.add(MARKER_SHEET);
  if (e.markerExists) marker.getRange('A:A').clear('Contents');
  const range = marker.getRangeByIndexes(0, 0, rows.length, 1);
  range.numberFormat = rows.map(() => [TEXT_FORMAT]);
  range.values = rows;
  marker.visibility = 'VeryHidden';
}

/** Remove whatever temporary sheets a failed run left (the workbook returns to how it was). */
async function rollback(context: Excel.RequestContext, tempNames: string[]): Promise<void> {
  const temps = tempNames.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load('isNullObject'));
  await context.sync();
  for (const t of temps) if (!t.isNullObject) t.delete();
  await context.sync();
}

export async function writeSheets(
  rt: ExcelRuntime, outputs: OutputSheet[], onProgress?: HostProgress, layouts?: SheetDescription[],
): Promise<WriteReport> {
  const features = optionalFeatures(rt);
  try {
    return await rt.run(async (context) => {
      const { e, plan } = await readExisting(context, outputs);
      const todo = plan.map((entry, i) => ({ entry, sheet: outputs[i], layout: layouts?.[i] })).filter((x) => !x.entry.skip);
      const totalRows = Math.max(1, todo.reduce((n, x) => n + x.sheet.blocks.reduce((m, b) => m + b.rows.length, 0), 0));
      let doneRows = 0;
      const taken = new Set(e.names.map((n) => n.toLowerCase()));
      const tempNames: string[] = [];
      const stamp = Date.now().toString(36);
      const written: Array<{ entry: SheetPlanEntry; ws: Excel.Worksheet; tables: WrittenTable[] }> = [];
      try {
        const batcher = new WriteBatcher(context);
        for (const [k, { entry, sheet, layout }] of todo.entries()) {
          const temp = uniqueName(`_tmp_宣传统计_${k + 1}`, taken);
          tempNames.push(temp);
          await batcher.reserve(200);
          const ws = context.workbook.worksheets.add(temp);
          const tables = await writeOutputSheet(ws, sheet, {
            batcher,
            layout,
            tempTableName: (b) => uniqueName(`tmp_${stamp}_${k + 1}_${b + 1}`, e.tableNames),
            onRows: (n) => onProgress?.(Math.min(0.99, (doneRows += n) / totalRows)),
          });
          written.push({ entry, ws, tables });
        }
        await batcher.flush();
        queueCommit(context, e, plan, written, features);
        await context.sync();
      } catch (err) {
        await rollback(context, tempNames).catch(() => undefined);
        throw err;
      }
      onProgress?.(1);
      return { written: todo.map((x) => ({ intended: x.entry.intended, actual: x.entry.actual })) };
    });
  } catch (err) {
    throw toHostError(err);
  }
}
