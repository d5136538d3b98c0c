import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';

const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

/**
 * Signs a package with an enveloped XML-DSig (RSA-SHA256, exclusive C14N) over the whole envelope
 * (Reference URI=""), placed at the end of edXMLHeader, so that a change anywhere — header, trace,
 * attachments — breaks it.
 */
export function signEdxml(xml: string, key: { privateKeyPem: string; publicKeyPem?: string }): string {
  const sig = new SignedXml({
    privateKey: key.privateKeyPem,
    canonicalizationAlgorithm: C14N,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  });
  sig.addReference({
    xpath: '/*',
    isEmptyUri: true,
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    transforms: [ENVELOPED, C14N],
  });
  sig.computeSignature(xml, {
    location: { reference: "/*/*[local-name(.)='edXMLHeader']", action: 'append' },
  });
  return sig.getSignedXml();
}

export interface EdxmlVerification {
  valid: boolean;
  reasons: string[];
}

/**
 * Verifies a package against the keys the platform trusts (never against a key the package carries).
 * Exactly one signature, covering the whole document.
 */
export function verifyEdxml(xml: string, trustedKeys: string[]): EdxmlVerification {
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  } catch (error) {
    return { valid: false, reasons: [`XML không đọc được / unreadable XML: ${(error as Error).message}`] };
  }
  const signatures = doc.getElementsByTagNameNS(DSIG_NS, 'Signature');
  if (signatures.length !== 1) {
    return {
      valid: false,
      reasons: [`Cần đúng một chữ ký, có ${signatures.length} / expected one signature`],
    };
  }
  const reasons: string[] = [];
  for (const key of trustedKeys) {
    const sig = new SignedXml({ publicCert: key, getCertFromKeyInfo: () => null });
    try {
      sig.loadSignature(signatures[0]!);
      const refs = sig.getReferences();
      if (refs.length !== 1 || (refs[0]!.uri !== '' && refs[0]!.uri !== undefined)) {
        return {
          valid: false,
          reasons: ['Chữ ký không bao trùm toàn bộ gói tin / signature does not cover the package'],
        };
      }
      if (sig.checkSignature(xml)) return { valid: true, reasons: [] };
    } catch (error) {
      reasons.push((error as Error).message);
    }
  }
  return {
    valid: false,
    reasons: [
      'Chữ ký gói tin không hợp lệ hoặc không do bên tin cậy ký / invalid or untrusted package signature',
      ...reasons,
    ],
  };
}
