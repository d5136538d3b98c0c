import type { HashName } from '../../domain/crypto/oids.ts';
import { crypto } from '../../domain/crypto/setup.ts';
import type {
  AlgorithmIdentifier,
  BufferSource,
  Crypto,
  CryptoKey,
  RsaHashedKeyAlgorithm,
} from '../../domain/crypto/types.ts';
import type { SignerProvider } from './signer-provider.ts';

/**
 * A stand-in for a private CryptoKey that @peculiar/x509's generators accept as `signingKey`: the
 * generator hands it back to `providerCrypto(...).subtle.sign`, which routes to the SignerProvider.
 */
export interface ProviderKey extends CryptoKey {
  readonly keyHandle: string;
}

export function providerKey(keyHandle: string, hash: HashName = 'SHA-256'): ProviderKey {
  return {
    keyHandle,
    algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: { name: hash } } as RsaHashedKeyAlgorithm,
    type: 'private',
    extractable: false,
    usages: ['sign'],
  };
}

/** A Crypto whose `subtle.sign` signs with the provider when given a ProviderKey. */
export function providerCrypto(provider: SignerProvider): Crypto {
  const subtle = new Proxy(crypto.subtle, {
    get(target, prop) {
      if (prop === 'sign') {
        return async (algorithm: unknown, key: CryptoKey, data: BufferSource) => {
          if ('keyHandle' in key) {
            const hash = ((key.algorithm as RsaHashedKeyAlgorithm).hash?.name ?? 'SHA-256') as HashName;
            return provider.sign({ keyHandle: (key as ProviderKey).keyHandle, data, hash });
          }
          return target.sign(algorithm as AlgorithmIdentifier, key, data);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    subtle,
    getRandomValues: crypto.getRandomValues.bind(crypto),
    randomUUID: crypto.randomUUID.bind(crypto),
  } as Crypto;
}
