import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { HashName } from '../../domain/crypto/oids.ts';
import { crypto } from '../../domain/crypto/setup.ts';
import type { BufferSource, CryptoKey, CryptoKeyPair } from '../../domain/crypto/types.ts';
import type { GeneratedKey, SignerProvider } from './signer-provider.ts';

const PREFIX = 'local:v1:';
const AAD = Buffer.from('openprovince-pki-key-v1');

/**
 * Software keys for development, tests and small installations. The PKCS#8 private key is wrapped with
 * AES-256-GCM under a master key from configuration (PKI_MASTER_KEY) and only that ciphertext is stored;
 * nothing in this class returns the private key. Imported keys are cached as non-extractable CryptoKeys.
 */
export class LocalSignerProvider implements SignerProvider {
  readonly kind = 'software' as const;
  readonly #key: Buffer;
  readonly #cache = new Map<string, CryptoKey>();

  constructor(masterKey: string | Uint8Array) {
    // Any secret string is accepted; it is stretched to 32 bytes so a passphrase or a base64 key both work.
    this.#key = createHash('sha256')
      .update(typeof masterKey === 'string' ? Buffer.from(masterKey, 'utf8') : masterKey)
      .digest();
    if ((typeof masterKey === 'string' ? masterKey.length : masterKey.byteLength) < 16) {
      throw new Error('PKI master key must be at least 16 characters');
    }
  }

  async generateKeyPair(input: { label: string; modulusLength?: 2048 | 3072 | 4096 }): Promise<GeneratedKey> {
    const pair = (await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        hash: 'SHA-256',
        publicExponent: new Uint8Array([1, 0, 1]),
        modulusLength: input.modulusLength ?? 2048,
      },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(AAD);
    const sealed = Buffer.concat([cipher.update(pkcs8), cipher.final(), cipher.getAuthTag()]);
    pkcs8.fill(0);
    return {
      keyHandle: `${PREFIX}${iv.toString('base64url')}.${sealed.toString('base64url')}`,
      spki,
      publicKey: pair.publicKey,
    };
  }

  async sign(input: { keyHandle: string; data: BufferSource; hash: HashName }): Promise<ArrayBuffer> {
    const key = await this.#privateKey(input.keyHandle, input.hash);
    return crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, input.data);
  }

  async #privateKey(handle: string, hash: HashName): Promise<CryptoKey> {
    const cacheKey = `${hash}|${handle}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    if (!handle.startsWith(PREFIX)) throw new Error('Not a software key handle');
    const [ivText, sealedText] = handle.slice(PREFIX.length).split('.');
    const iv = Buffer.from(ivText ?? '', 'base64url');
    const sealed = Buffer.from(sealedText ?? '', 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.#key, iv);
    decipher.setAAD(AAD);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const pkcs8 = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash }, false, [
      'sign',
    ]);
    pkcs8.fill(0);
    if (this.#cache.size > 500) this.#cache.clear();
    this.#cache.set(cacheKey, key);
    return key;
  }
}
