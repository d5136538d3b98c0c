/**
 * A client in another process, for measuring what an upload does to a server's event loop: a client in the
 * same process would spend the same loop building and sending its body, and its delay would be counted as
 * the server's.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface UploadAnswer {
  status: number;
  contentType: string;
  /** The first 4,000 characters of the answer (a problem document whole). */
  body: string;
  /** From the first byte sent to the last byte received, as the client saw it. */
  seconds: number;
}

// node:http rather than fetch: a server may answer (413, 401) and close before the whole body is sent, and
// the answer that came is what counts, not the write that then failed. The headers go first and the body
// only if no answer came within half a second: a server that refuses by the headers alone (a declared
// length over the limit, a caller without access) closes the connection with the body unread, and a
// client still writing then loses the answer to a reset (EPIPE) — as browsers sending
// \`Expect: 100-continue\` avoid.
const CLIENT = `
const [url, method, type, file, extra] = process.argv.slice(1);
const body = require('node:fs').readFileSync(file);
const started = performance.now();
let answered = false;
const request = require('node:http').request(url, {
  method,
  headers: { ...JSON.parse(extra || '{}'), 'content-type': type, 'content-length': body.length },
}, (res) => {
  answered = true;
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => { text += chunk; });
  res.on('end', () => {
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ status: res.statusCode, contentType: res.headers['content-type'] ?? '', body: text.slice(0, 4000), seconds }));
    process.exit(0);
  });
});
request.on('error', (error) => {
  if (answered) return;
  console.error(error);
  process.exit(1);
});
request.flushHeaders();
setTimeout(() => { if (!answered) request.end(body); }, 500);
`;

export async function uploadFromAnotherProcess(input: {
  url: string;
  method: 'POST' | 'PUT';
  contentType: string;
  body: Uint8Array;
  /** More request headers (a session cookie, a test's actor). */
  headers?: Record<string, string>;
}): Promise<UploadAnswer> {
  const dir = mkdtempSync(join(tmpdir(), 'op-upload-'));
  const file = join(dir, 'body');
  writeFileSync(file, input.body);
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        ['-e', CLIENT, input.url, input.method, input.contentType, file, JSON.stringify(input.headers ?? {})],
        { timeout: 120_000, maxBuffer: 1024 * 1024 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      );
    });
    return JSON.parse(stdout.trim()) as UploadAnswer;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
