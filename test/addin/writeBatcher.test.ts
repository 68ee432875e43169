// The write batcher syncs when a batch would outgrow the payload budget, and also when the pane has spent
// SLICE_BUDGET_MS preparing it, so that no stretch of JS on the UI thread runs long (issue 8).
import { SLICE_BUDGET_MS, WriteBatcher } from '../../src/addin/office/batcher';

function fakeContext() {
  const ctx = {
    syncs: 0,
    workbook: { application: { suspendApiCalculationUntilNextSync() {}, suspendScreenUpdatingUntilNextSync() {} } },
    async sync() {
      ctx.syncs++;
    },
  };
  return ctx;
}

let clock = 0;
beforeEach(() => {
  clock = 1000;
  jest.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => jest.restoreAllMocks());

test('small operations prepared quickly share one batch', async () => {
  const ctx = fakeContext();
  const b = new WriteBatcher(ctx as unknown as Excel.RequestContext, 1_000_000);
  for (let i = 0; i < 100; i++) {
    await b.reserve(100);
    clock += (SLICE_BUDGET_MS / 200);
  }
  expect(ctx.syncs).toBe(0);
});

test('a batch that took longer than the slice budget to prepare is sent before the next operation', async () => {
  const ctx = fakeContext();
  const b = new WriteBatcher(ctx as unknown as Excel.RequestContext, 1_000_000);
  await b.reserve(100);
  expect(b.sliceSpent()).toBe(false);
  clock += SLICE_BUDGET_MS + 1;
  expect(b.sliceSpent()).toBe(true);
  await b.reserve(100);
  expect(ctx.syncs).toBe(1);
  expect(b.sliceSpent()).toBe(false); // the clock restarts after the round trip
});

test('the payload budget still ends a batch however fast it was prepared', async () => {
  const ctx = fakeContext();
  const b = new WriteBatcher(ctx as unknown as Excel.RequestContext, 1000);
  await b.reserve(600);
  await b.reserve(600);
  expect(ctx.syncs).toBe(1);
});
