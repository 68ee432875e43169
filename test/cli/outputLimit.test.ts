// The CLI turns a result too large for Excel into exit 1 with the core's Chinese message (no stack trace),
// and writes no result workbook. calculate is replaced so that no million-row ledger is needed.
import * as fs from 'fs';
import * as path from 'path';
import { OutputTooLargeError } from '../../src/core/errors';

jest.mock('../../src/core/engine', () => ({
  ...jest.requireActual('../../src/core/engine'),
  calculate: () => {
    throw new OutputTooLargeError('稿酬发放记录', 1048577, '结果工作表“稿酬发放记录”需要 1,048,577 行，超过上限。');
  },
}));

// imported after the mock is declared (jest hoists jest.mock above the imports)
import { run } from '../../src/cli/main';

it('exits 1 with the message and writes nothing', async () => {
  const dir = path.join(__dirname, '..', '..', 'test-output', 'cli-limit');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'result.xlsx');
  const errors: string[] = [];
  const code = await run(['calc', path.join(__dirname, '..', '..', 'assets', 'sample-ledger.xlsx'), '--out', out], () => undefined, (s) => errors.push(s));
  expect(code).toBe(1);
  expect(errors).toEqual(['错误：结果工作表“稿酬发放记录”需要 1,048,577 行，超过上限。']);
  expect(fs.existsSync(out)).toBe(false);
});
