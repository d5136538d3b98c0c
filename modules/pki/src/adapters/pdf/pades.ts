import type { HashName } from '../../domain/crypto/oids.ts';
import { createCadesSignature, type Timestamper } from '../cms/cades.ts';
import type { SignerProvider } from '../signer/signer-provider.ts';
import {
  embedCms,
  prepareIncrementalSignature,
  type SignatureFieldOptions,
  signedBytes,
} from './incremental.ts';

export interface PadesSignInput {
  pdf: Uint8Array;
  provider: SignerProvider;
  keyHandle: string;
  /** Signer certificate, DER. */
  certificate: ArrayBuffer;
  /** Issuing CA and root, DER. */
  chain: ArrayBuffer[];
  /** Present: PAdES B-T. Absent: B-B. */
  timestamper?: Timestamper;
  hash?: HashName;
  field: SignatureFieldOptions;
}

/**
 * PAdES baseline signature (B-B, or B-T with a time-stamper) as an incremental update of `pdf`:
 * placeholder and appearance first, then the CAdES signature over the ByteRange, written into /Contents.
 */
export async function signPdfPades(input: PadesSignInput): Promise<Uint8Array> {
  const prepared = await prepareIncrementalSignature(input.pdf, input.field);
  const cms = await createCadesSignature({
    provider: input.provider,
    keyHandle: input.keyHandle,
    certificate: input.certificate,
    chain: input.chain,
    content: signedBytes(prepared.pdf, prepared.byteRange),
    ...(input.hash ? { hash: input.hash } : {}),
    ...(input.timestamper ? { timestamper: input.timestamper } : {}),
  });
  return embedCms(prepared, cms);
}
