// Unit tests of the small Office shell pieces against office-addin-mock (Microsoft's mock of the proxy model).
import { OfficeMockObject } from 'office-addin-mock';
import { loadMappingOverride, MAPPING_SETTING, saveMappingOverride, selectCell } from '../../src/addin/office/documentState';
import { createOfficeHost } from '../../src/addin/office/officeHost';
import type { ExcelRuntime } from '../../src/addin/office/runtime';

type MockData = Record<string, unknown>;

function mockRuntime(workbook: MockData): { rt: ExcelRuntime; mock: { context: { workbook: Record<string, unknown> } } } {
  const mock = new OfficeMockObject({
    context: { workbook },
    run: async function (this: { context: unknown }, callback: (c: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  }) as unknown as { context: { workbook: Record<string, unknown> }; run: ExcelRuntime['run'] };
  return { rt: { run: (b) => mock.run(b), isSetSupported: () => true }, mock };
}

describe('Office shell with office-addin-mock', () => {
  it('selectCell activates the sheet and selects the cell', async () => {
    const calls: string[] = [];
    const { rt } = mockRuntime({
      worksheets: {
        getItem: (name: string) => ({
          activate: () => calls.push(`activate ${name}`),
          getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
        }),
      },
    });
    await selectCell(rt, '1月', 'C5');
    expect(calls).toEqual(['activate 1月', 'select C5']);
  });

  it('loads the remembered mapping override from the workbook settings', async () => {
    const mapping = { sheets: [{ sheet: '1月', headerRow: 2, columns: { title: 1 } }] };
    const asked: string[] = [];
    const { rt } = mockRuntime({
      settings: {
        item: { value: JSON.stringify(mapping), isNullObject: false },
        getItemOrNullObject: function (this: { item: unknown }, key: string) {
          asked.push(key);
          return this.item;
        },
      },
    });
    await expect(loadMappingOverride(rt)).resolves.toEqual(mapping);
    expect(asked).toEqual([MAPPING_SETTING]);
  });

  it('treats a missing or damaged setting as no override', async () => {
    const missing = mockRuntime({ settings: { item: { value: '', isNullObject: true }, getItemOrNullObject: function (this: { item: unknown }) { return this.item; } } });
    await expect(loadMappingOverride(missing.rt)).resolves.toBeUndefined();
    const damaged = mockRuntime({ settings: { item: { value: '{oops', isNullObject: false }, getItemOrNullObject: function (this: { item: unknown }) { return this.item; } } });
    await expect(loadMappingOverride(damaged.rt)).resolves.toBeUndefined();
  });

  it('saves the override as JSON in the workbook settings', async () => {
    const saved: Array<[string, unknown]> = [];
    const { rt } = mockRuntime({ settings: { add: (k: string, v: unknown) => saved.push([k, v]) } });
    const mapping = { sheets: [{ sheet: '台账', headerRow: 3, columns: { date: 6 } }] };
    await saveMappingOverride(rt, mapping);
    expect(saved).toEqual([[MAPPING_SETTING, JSON.stringify(mapping)]]);
  });

  it('createOfficeHost uses the global Excel.run and Office requirements by default', async () => {
    const calls: string[] = [];
    const { mock } = mockRuntime({
      worksheets: { getItem: () => ({ activate: () => calls.push('activate'), getRange: () => ({ select: () => calls.push('select') }) }) },
    });
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    g.Excel = mock;
    g.Office = { context: { requirements: { isSetSupported: () => true } } };
    try {
      const host = createOfficeHost();
      expect(host.kind).toBe('excel');
      await host.selectCell('S', 'A1');
      expect(calls).toEqual(['activate', 'select']);
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });
});
