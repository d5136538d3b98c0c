import type { webcrypto } from 'node:crypto';

// The server's tsconfig has no DOM lib: name Node's WebCrypto types once here.
export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;
export type BufferSource = webcrypto.BufferSource;
export type RsaHashedKeyAlgorithm = webcrypto.RsaHashedKeyAlgorithm;
export type Crypto = webcrypto.Crypto;
export type AlgorithmIdentifier = webcrypto.AlgorithmIdentifier;
