import type { HashName } from '../../domain/crypto/oids.ts';
import type { BufferSource, CryptoKey } from '../../domain/crypto/types.ts';

/**
 * Where private keys live. Every signature the CA, the OCSP responder, the TSA and the PDF signer make goes
 * through `sign`; callers only ever hold an opaque `keyHandle`. A PKCS#11 token or network HSM implements
 * the same interface (handle = token label / key id); only the software implementation exists today.
 */
export interface SignerProvider {
  readonly kind: 'software' | 'pkcs11';
  /** Creates an RSA key pair inside the provider. The private key never leaves it. */
  generateKeyPair(input: { label: string; modulusLength?: 2048 | 3072 | 4096 }): Promise<GeneratedKey>;
  /** RSASSA-PKCS1-v1_5 signature of `data` with the key behind `keyHandle`. */
  sign(input: { keyHandle: string; data: BufferSource; hash: HashName }): Promise<ArrayBuffer>;
}

export interface GeneratedKey {
  /** Opaque reference to store with the certificate (for the software provider: the key, encrypted). */
  keyHandle: string;
  /** SubjectPublicKeyInfo, DER. */
  spki: ArrayBuffer;
  publicKey: CryptoKey;
}
