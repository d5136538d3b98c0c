import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExchangeKeys, generateExchangeKeys } from '../deps.ts';

/**
 * The key pair that signs the platform's edXML packages. It must outlive restarts (recipients check
 * packages against the published key), so it is generated once and kept under the data folder unless
 * EDXML_PRIVATE_KEY / EDXML_PUBLIC_KEY are given.
 */
export function loadExchangeKeys(input: { dataDir: string; env?: NodeJS.ProcessEnv }): ExchangeKeys {
  const env = input.env ?? process.env;
  if (env.EDXML_PRIVATE_KEY && env.EDXML_PUBLIC_KEY) {
    return { privateKeyPem: env.EDXML_PRIVATE_KEY, publicKeyPem: env.EDXML_PUBLIC_KEY };
  }
  const priv = join(input.dataDir, 'edxml-private.pem');
  const pub = join(input.dataDir, 'edxml-public.pem');
  if (existsSync(priv) && existsSync(pub)) {
    return { privateKeyPem: readFileSync(priv, 'utf8'), publicKeyPem: readFileSync(pub, 'utf8') };
  }
  const keys = generateExchangeKeys();
  mkdirSync(input.dataDir, { recursive: true });
  writeFileSync(priv, keys.privateKeyPem, { mode: 0o600 });
  writeFileSync(pub, keys.publicKeyPem);
  return keys;
}
