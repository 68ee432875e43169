// The CLI's piece deflater on a worker thread: pieces sent in order come back as one deflate stream of
// the whole part (an independent inflater reads it), the piece's buffer moves to the worker instead of
// being copied, and the worker does not keep a process alive once its pieces are done.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ts from 'typescript';
import zlib from 'zlib';
import { workerDeflateRawPiece } from '../../src/cli/deflateWorker';
import { crc32, PiecePacker } from '../../src/file/zip';

const crcNotHere = () => {
  throw new Error('a piece sent to the worker is checked there');
};

const noSmall = () => Promise.reject(new Error('a part of several pieces must go to the worker'));

it('deflates and checks pieces on a worker into one stream with the part\'s CRC and size', async () => {
  const text = Array.from({ length: 30000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 1000}</v></c></row>稿酬`).join('');
  const whole = new TextEncoder().encode(text);
  const packer = new PiecePacker('xl/worksheets/sheet9.xml', workerDeflateRawPiece(noSmall, crcNotHere), 100 * 1024);
  const sent: Uint8Array[] = [];
  for (let at = 0; at < whole.length; at += 150 * 1024) {
    const chunk = whole.slice(at, at + 150 * 1024); // a buffer of its own, as XmlSink hands over
    sent.push(chunk);
    packer.push(chunk);
  }
  const entry = await packer.end();
  expect(entry.size).toBe(whole.length);
  expect(entry.crc).toBe(zlib.crc32(whole));
  expect(Buffer.from(zlib.inflateRawSync(entry.data)).equals(Buffer.from(whole))).toBe(true);
  expect(sent.every((c) => c.byteLength === 0)).toBe(true); // transferred, not copied
});

it('sends a part of one piece to the whole-part deflater, without starting a thread', async () => {
  const whole = new TextEncoder().encode('<sheetData/>');
  const small = jest.fn(async (d: Uint8Array) => zlib.deflateRawSync(d));
  const deflate = workerDeflateRawPiece(small, crc32);
  const packed = await deflate(whole, true);
  expect(zlib.inflateRawSync(packed.data).toString()).toBe('<sheetData/>');
  expect(packed.crc).toBe(zlib.crc32(whole));
  expect(small).toHaveBeenCalledTimes(1);
  expect(whole.byteLength).toBe(12); // not transferred anywhere
});

/** Runs `script` in a child process beside the module alone, compiled to plain JavaScript; the process must end
 *  by itself (execFileSync's timeout fails the test otherwise). Returns what it printed. */
function runBesideModule(script: string, nodeArgs: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deflate-worker-'));
  const source = fs.readFileSync(path.resolve(__dirname, '../../src/cli/deflateWorker.ts'), 'utf8');
  fs.writeFileSync(path.join(dir, 'deflateWorker.js'), ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText);
  // a Node before 20.15, on its main thread and (a preload runs there too) on the worker's
  fs.writeFileSync(path.join(dir, 'noCrc32.js'), "delete require('zlib').crc32;");
  try {
    return execFileSync(process.execPath, [...nodeArgs, '-e', script], { cwd: dir, encoding: 'utf8', timeout: 20000 }).trim();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Script text: deflate a part's piece with `deflate` (`last`: the part's only piece) and print whether it checks. */
const deflateAndCheck = (deflate: string, last = false) => `${deflate}(new TextEncoder().encode('稿酬'.repeat(1000)), ${last})
  .then((p) => { const z = require('zlib'); console.log('done', z.inflateRawSync(p.data, { finishFlush: z.constants.Z_SYNC_FLUSH }).toString() === '稿酬'.repeat(1000), p.crc === z.crc32('稿酬'.repeat(1000))); });`;

it('lets the process exit when the pieces are done', () => {
  expect(runBesideModule(deflateAndCheck(`require('./deflateWorker').workerDeflateRawPiece(() => 0, () => 0)`))).toBe('done true true');
});

it('starts the thread ahead of the first piece, which it then deflates; an idle started thread lets the process exit', () => {
  const make = `const d = require('./deflateWorker').workerDeflateRawPiece(() => { throw new Error('not on the thread'); }, () => 0); d.prestart(); d.prestart();`;
  expect(runBesideModule(`${make} console.log('started');`)).toBe('started');
  // once started, even a part of one piece goes to the thread (the whole-part deflater above would throw)
  expect(runBesideModule(`${make} ${deflateAndCheck('d', true)}`)).toBe('done true true');
});

it('takes the CRC-32 on the main thread, before the piece moves, where zlib has none (Node before 20.15)', () => {
  const script = `const z = require('zlib');
    const d = require('./deflateWorker').workerDeflateRawPiece(() => 0, (p) => p.length + 1);
    d(new TextEncoder().encode('稿酬'.repeat(1000)), false).then((p) => console.log(typeof z.crc32, p.crc, p.data.length > 0));`;
  expect(runBesideModule(script, ['-r', './noCrc32.js'])).toBe('undefined 6001 true');
  // with zlib's, the worker's is used and the one passed in is not called
  expect(runBesideModule(script)).toBe(`function ${zlib.crc32('稿酬'.repeat(1000))} true`);
});

it('gives the pieces\' buffers back for reuse, read without waiting for the event loop', async () => {
  const deflate = workerDeflateRawPiece(noSmall, crcNotHere);
  expect(deflate.spare(1)).toBeUndefined(); // no worker yet
  const size = 2 ** 21;
  const pieces = [0, 1, 2].map((k) => new Uint8Array(size + k).fill(65 + k));
  const buffers = pieces.map((p) => p.buffer);
  const packed = await Promise.all(pieces.map((p, k) => deflate(p, k === 2)));
  expect(Buffer.from(zlib.inflateRawSync(Buffer.concat(packed.map((p) => p.data)))).equals(
    Buffer.concat([0, 1, 2].map((k) => Buffer.alloc(size + k, 65 + k))),
  )).toBe(true);
  // the buffers came back, were not freed: big enough ones are handed out once each (a buffer is sent back
  // just after its piece's result, so it may be a moment later)
  const spare = async (bytes: number) => {
    for (let tries = 0; tries < 100; tries++) {
      const b = deflate.spare(bytes);
      if (b) return b;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return undefined;
  };
  const back = [await spare(size + 2), await spare(size), await spare(size)];
  expect(back.map((b) => b?.byteLength)).toEqual([size + 2, size, size + 1]);
  expect(deflate.spare(1)).toBeUndefined();
  expect(buffers.every((b) => b.byteLength === 0)).toBe(true); // ours were moved there, theirs are new objects
});
