import type { Crypto } from './types.ts';
// reflect-metadata must load before @peculiar/x509 (tsyringe needs the polyfill): keep this import first.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';

export const crypto = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(crypto);
pkijs.setEngine('nodejs-webcrypto', new pkijs.CryptoEngine({ name: 'nodejs-webcrypto', crypto }));

export { pkijs, x509 };
