/**
 * The documents module's narrow in-process api (issue 10 §3): what another workspace calls, without an
 * actor — the composition root decides whom it trusts. Today the only such call is the exchange key
 * pair the composition root generates when none is configured; signing reaches the pki module the other
 * way, through the DocumentSigner port.
 */
import { generateExchangeKeys } from './deps.ts';

export const documentsApi = {
  /** A fresh RSA key pair for signing edXML packages (development, tests, the demo). */
  generateExchangeKeys,
};
