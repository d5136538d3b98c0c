import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { x509 } from '../domain/crypto/setup.ts';

export function pdfsigAvailable(): boolean {
  return spawnSync('pdfsig', ['-v']).status === 0 && spawnSync('certutil', ['-H']).error === undefined;
}

/** pdfsig must run in tests unless the binary is missing on a developer machine (never skipped in CI). */
export function requirePdfsig(): boolean {
  if (pdfsigAvailable()) return true;
  if (process.env.CI)
    throw new Error('pdfsig/certutil missing in CI: apt-get install poppler-utils libnss3-tools');
  return false;
}

export interface NssDb {
  dir: string;
  /** Runs pdfsig on the bytes (written to a temp file) and returns its stdout. */
  pdfsig(pdf: Uint8Array, extraArgs?: string[]): { status: number; output: string };
  dispose(): void;
}

/** A throw-away NSS database that trusts `rootDer` as a CA, as pdfsig's oracle. */
export function createNssDb(rootDer: ArrayBuffer | ArrayBuffer[]): NssDb {
  const dir = mkdtempSync(join(tmpdir(), 'op-pki-nss-'));
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  const roots = Array.isArray(rootDer) ? rootDer : [rootDer];
  roots.forEach((der, i) => {
    const file = join(dir, `root${i}.pem`);
    writeFileSync(file, x509.PemConverter.encode(der, 'CERTIFICATE'));
    execFileSync('certutil', ['-A', '-d', `sql:${dir}`, '-n', `root${i}`, '-t', 'CT,C,C', '-a', '-i', file]);
  });
  let n = 0;
  return {
    dir,
    pdfsig(pdf, extraArgs = []) {
      const file = join(dir, `doc${n++}.pdf`);
      writeFileSync(file, pdf);
      // -no-ocsp: the certificates name an OCSP URL on a placeholder host; revocation is our verifier's job.
      const res = spawnSync('pdfsig', ['-nssdir', `sql:${dir}`, '-no-ocsp', ...extraArgs, file], {
        encoding: 'utf8',
      });
      return { status: res.status ?? -1, output: `${res.stdout}${res.stderr}` };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
