import { createPrivateKey } from 'node:crypto';
import { verifyAuditChain } from '@openprovince/audit';
import {
  actorFor,
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
  testReauthProofs,
} from '@openprovince/identity/testing';
import {
  type AppError,
  ERROR_CODES,
  type OfficialActor,
  type RequestContext,
  systemActor,
} from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcspRequest, parseOcspResponse } from './adapters/ocsp/ocsp.ts';
import { readDss, vriKey } from './adapters/pdf/dss.ts';
import { createTimeStampQuery } from './adapters/tsa/tsa.ts';
import { PKI_GRANTS } from './contracts/index.ts';
import { createPkiDeps, type PkiDeps } from './deps.ts';
import { x509 } from './domain/crypto/setup.ts';
import { findSignatures } from './domain/verify/pdf-structure.ts';
import { pkiRoutes } from './routes/pki.routes.ts';
import { seedPkiDemo } from './seed/demo.ts';
import { createNssDb, requirePdfsig } from './testing/pdfsig.ts';
import { samplePdf } from './testing/sample-pdf.ts';
import { TEST_MASTER_KEY } from './testing/test-pki.ts';
import { approveRequest } from './use-cases/approve-request.ts';
import { certificateStats } from './use-cases/certificate-stats.ts';
import {
  resumeCertificate,
  revokeCertificate,
  suspendCertificate,
} from './use-cases/change-certificate-status.ts';
import { extendToLt } from './use-cases/extend-to-lt.ts';
import { issueCertificate } from './use-cases/issue-certificate.ts';
import { getCertificate, listCertificates } from './use-cases/list-certificates.ts';
import { renewCertificate } from './use-cases/renew-certificate.ts';
import { requestCertificate } from './use-cases/request-certificate.ts';
import { ensureProvinceCa } from './use-cases/shared/ca.ts';
import { signPdf } from './use-cases/sign-pdf.ts';
import { verifyPdf } from './use-cases/verify-pdf.ts';

let t: TestDatabase;
let deps: PkiDeps;
const clock = { now: new Date() };
let officer: OfficialActor;
let holder: OfficialActor;
let clerk: OfficialActor;
let agencyId: string;
/** Identity's re-authentication proofs, as the composition root wires them (see testReauthProofs). */
const proofs = testReauthProofs({ now: () => new Date(clock.now) });
const proofOf = (actor: OfficialActor, at: Date) => proofs.proofFor(actor.userId, at);
const ctx = (actor: OfficialActor | ReturnType<typeof systemActor>): RequestContext => ({
  actor,
  requestId: 'req-pki-test',
});

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected the call to fail');
}

async function issue(kind: 'personal' | 'organisation', medium: 'usb_token' | 'sim_pki' = 'usb_token') {
  const request = await requestCertificate(deps, ctx(officer), {
    kind,
    medium,
    holderName: kind === 'personal' ? holder.fullName : 'Sở Thông tin và Truyền thông',
    ...(kind === 'personal' ? { holderOfficialId: holder.userId, holderTitle: 'Phó Giám đốc' } : {}),
  });
  await approveRequest(deps, ctx(officer), { requestId: request.id, approve: true });
  return issueCertificate(deps, ctx(officer), { requestId: request.id });
}

beforeAll(async () => {
  t = await createTestDatabase();
  deps = createPkiDeps({
    db: t.db,
    masterKey: TEST_MASTER_KEY,
    now: () => new Date(clock.now),
    reauth: proofs,
  });
  const agency = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông' });
  agencyId = agency.id;
  officer = actorFor(await makeOfficial(t.db, { agencyId, roles: ['certificate_officer'] }), [PKI_GRANTS]);
  holder = actorFor(
    await makeOfficial(t.db, { agencyId, roles: ['leader'], fullName: 'Nguyễn Thị Lãnh Đạo' }),
    [PKI_GRANTS],
  );
  clerk = actorFor(await makeOfficial(t.db, { agencyId, roles: ['clerk'] }), [PKI_GRANTS]);
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe('certificate lifecycle', () => {
  it('request → approve → issue stores the certificate, never the clear private key, and audits each step', async () => {
    const cert = await issue('personal');
    expect(cert.status).toBe('active');
    expect(cert.subject).toContain('CN=Nguyễn Thị Lãnh Đạo');
    expect(cert.issuer).toContain('CA chuyên dùng tỉnh Trà Vinh');
    const parsed = new x509.X509Certificate(cert.certificatePem);
    expect(parsed.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toContain('1.3.6.1.5.5.7.3.4');
    const rows = await t.db.execute(
      (await import('@openprovince/db')).sql`select key_handle from pki.certificates where id = ${cert.id}`,
    );
    const keyHandle = (rows as unknown as { rows: { key_handle: string }[] }).rows?.[0]?.key_handle ?? '';
    expect(keyHandle.startsWith('local:v1:')).toBe(true);
    // No private key in clear: no PEM, and no part of the handle reads as a PKCS#8 DER key. (A substring test
    // such as "MII" failed now and then: random base64url ciphertext contains it in about 1 run in 100.)
    expect(keyHandle).not.toMatch(/BEGIN|PRIVATE KEY/);
    for (const part of keyHandle.slice('local:v1:'.length).split('.')) {
      expect(() =>
        createPrivateKey({ key: Buffer.from(part, 'base64url'), format: 'der', type: 'pkcs8' }),
      ).toThrow();
    }
    expect(JSON.stringify(cert)).not.toContain('local:v1');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('an organisation certificate cannot go on a SIM PKI', async () => {
    const error = await errorOf(
      requestCertificate(deps, ctx(officer), { kind: 'organisation', medium: 'sim_pki', holderName: 'Sở' }),
    );
    expect(error.code).toBe('BUSINESS_RULE_VIOLATED');
  });

  it('suspension and revocation show in the CRL and the OCSP answer at once; resume lifts the hold', async () => {
    const cert = await issue('personal', 'sim_pki');
    const app = await buildIdentityTestApp(t.db, { grants: [PKI_GRANTS], routes: [pkiRoutes(deps)] });
    try {
      const ca = await ensureProvinceCa(deps);
      const ocsp = async () => {
        const body = Buffer.from(
          await createOcspRequest({
            certificate: new x509.X509Certificate(cert.certificatePem).rawData,
            issuer: ca.issuing.certificate.rawData,
          }),
        );
        const res = await app.inject({
          method: 'POST',
          url: '/api/pki/ocsp',
          headers: { 'content-type': 'application/ocsp-request' },
          body,
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/ocsp-response');
        const parsed = parseOcspResponse(res.rawPayload);
        const { pkijs } = await import('./domain/crypto/setup.ts');
        const trusted = pkijs.Certificate.fromBER(ca.root.certificate.rawData);
        expect(await parsed.basic!.verify({ trustedCerts: [trusted] })).toBe(true);
        return parsed.responses[0]!.status;
      };
      const crlSerials = async () => {
        const res = await app.inject({ method: 'GET', url: '/api/pki/crl' });
        expect(res.headers['content-type']).toBe('application/pkix-crl');
        const crl = new x509.X509Crl(res.rawPayload);
        expect(await crl.verify({ publicKey: ca.issuing.certificate.publicKey })).toBe(true);
        return crl.entries.map((e) => ({ serial: e.serialNumber.toLowerCase(), reason: e.reason }));
      };
      expect((await ocsp()).status).toBe('good');
      await suspendCertificate(deps, ctx(officer), { certificateId: cert.id });
      expect(await ocsp()).toMatchObject({ status: 'revoked', reason: 6 });
      expect(await crlSerials()).toContainEqual({ serial: cert.serialNumber, reason: 6 });
      await resumeCertificate(deps, ctx(officer), { certificateId: cert.id });
      expect((await ocsp()).status).toBe('good');
      expect((await crlSerials()).map((e) => e.serial)).not.toContain(cert.serialNumber);
      await revokeCertificate(deps, ctx(officer), { certificateId: cert.id, reason: 'keyCompromise' });
      expect(await ocsp()).toMatchObject({ status: 'revoked', reason: 1 });
      expect(await crlSerials()).toContainEqual({ serial: cert.serialNumber, reason: 1 });
      const pem = await app.inject({ method: 'GET', url: '/api/pki/crl?format=pem' });
      expect(pem.body).toMatch(/^-----BEGIN X509 CRL-----/);
      const again = await errorOf(resumeCertificate(deps, ctx(officer), { certificateId: cert.id }));
      expect(again.code).toBe('INVALID_STATE');

      // RFC 3161 over HTTP.
      const tsq = createTimeStampQuery({ imprint: new Uint8Array(32).fill(7).buffer as ArrayBuffer });
      const tsr = await app.inject({
        method: 'POST',
        url: '/api/pki/tsa',
        headers: { 'content-type': 'application/timestamp-query' },
        body: Buffer.from(tsq),
      });
      expect(tsr.statusCode).toBe(200);
      expect(tsr.headers['content-type']).toBe('application/timestamp-reply');
      expect(tsr.rawPayload[0]).toBe(0x30);
    } finally {
      await app.close();
    }
  });

  it('refuses a cookie-only suspend that another site’s page sends (CSRF), accepts the same one from this site', async () => {
    const cert = await issue('personal', 'sim_pki');
    const app = await buildIdentityTestApp(t.db, {
      grants: [PKI_GRANTS],
      routes: [pkiRoutes(deps)],
      publicOrigins: ['https://dichvucong.travinh.gov.vn'],
    });
    try {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: officer.username, password: TEST_PASSWORD },
      });
      const cookie = sessionCookieFrom(signIn);
      // What a form or fetch on evil.example sends: the cookie, no body, no content type.
      const forged = await app.inject({
        method: 'POST',
        url: `/api/pki/certificates/${cert.id}/suspend`,
        headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.headers['content-type']).toContain('application/problem+json');
      expect(forged.json().code).toBe('FORBIDDEN');
      const foreignOriginOnly = await app.inject({
        method: 'POST',
        url: `/api/pki/certificates/${cert.id}/suspend`,
        headers: { cookie, origin: 'https://evil.example' },
      });
      expect(foreignOriginOnly.statusCode).toBe(403);
      expect((await getCertificate(deps, ctx(officer), { id: cert.id })).status).toBe('active');

      const own = await app.inject({
        method: 'POST',
        url: `/api/pki/certificates/${cert.id}/suspend`,
        headers: {
          cookie,
          origin: 'https://dichvucong.travinh.gov.vn',
          'sec-fetch-site': 'same-origin',
        },
      });
      expect(own.statusCode).toBe(200);
      expect(own.json().status).toBe('suspended');
    } finally {
      await app.close();
    }
  });

  it('renewal issues a new key and revokes the old certificate as superseded', async () => {
    const cert = await issue('organisation');
    const renewed = await renewCertificate(deps, ctx(officer), { certificateId: cert.id });
    expect(renewed.renewedFromId).toBe(cert.id);
    expect(renewed.serialNumber).not.toBe(cert.serialNumber);
    const old = (await listCertificates(deps, ctx(officer), {})).find((c) => c.id === cert.id)!;
    expect(old).toMatchObject({ status: 'revoked', revocationReason: 'superseded' });
  });

  it('statistics count active certificates by kind and medium, and issues and revocations in the period', async () => {
    const stats = await certificateStats(deps, ctx(officer), {
      from: new Date(clock.now.getTime() - 86_400_000),
      to: new Date(clock.now.getTime() + 86_400_000),
    });
    expect(stats.issued).toBeGreaterThanOrEqual(4);
    expect(stats.revoked).toBeGreaterThanOrEqual(2);
    expect(stats.active).toBe(stats.activeByKind.personal + stats.activeByKind.organisation);
    expect(stats.activeByMedium.usb_token + stats.activeByMedium.sim_pki).toBe(stats.active);
  });
});

describe('signing and verification through the registry', () => {
  it('signing requires a re-authentication fresher than 5 minutes', async () => {
    const cert = await issue('personal');
    const pdf = await samplePdf();
    const stale = await errorOf(
      signPdf(deps, ctx(holder), {
        pdf,
        certificateId: cert.id,
        reauthProof: proofOf(holder, new Date(clock.now.getTime() - 6 * 60_000)),
      }),
    );
    expect(stale.code).toBe('UNAUTHENTICATED');
    expect(stale.options.detail).toMatch(/xác thực lại/);
    expect(stale.options.detailEn).toMatch(/Re-authenticate/);
    const missing = await errorOf(
      signPdf(deps, ctx(holder), { pdf, certificateId: cert.id, reauthProof: null }),
    );
    expect(missing.code).toBe('UNAUTHENTICATED');
    const notHolder = await errorOf(
      signPdf(deps, ctx(clerk), { pdf, certificateId: cert.id, reauthProof: proofOf(clerk, clock.now) }),
    );
    expect(notHolder.code).toBe('FORBIDDEN');
  });

  it('authorization: a re-authentication proof of another official, an expired one or a tampered one is refused (401, Vietnamese and English)', async () => {
    const cert = await issue('personal');
    const pdf = await samplePdf();
    const refusedWith = async (reauthProof: string) => {
      const error = await errorOf(signPdf(deps, ctx(holder), { pdf, certificateId: cert.id, reauthProof }));
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(ERROR_CODES[error.code].status).toBe(401);
      expect(error.options.detail).toMatch(/xác thực lại/);
      expect(error.options.detailEn).toMatch(/Re-authenticate/);
    };
    // The clerk's fresh proof names the clerk: it proves nothing about the holder.
    await refusedWith(proofOf(clerk, clock.now));
    // The holder's own proof, but six minutes old.
    await refusedWith(proofOf(holder, new Date(clock.now.getTime() - 6 * 60_000)));
    // The old proof with its instant moved to now: the MAC no longer matches.
    const [id, , mac] = proofOf(holder, new Date(clock.now.getTime() - 6 * 60_000)).split('.');
    await refusedWith(`${id}.${clock.now.getTime()}.${mac}`);
    // A proof made with another key (not identity's) and one that is not a proof at all.
    await refusedWith(testReauthProofs().proofFor(holder.userId, clock.now));
    await refusedWith('not-a-proof');
    // Without a verifier nobody can sign, even with a well-formed proof.
    const { reauth: _ignored, ...withoutVerifier } = deps;
    const unverifiable = await errorOf(
      signPdf(withoutVerifier, ctx(holder), {
        pdf,
        certificateId: cert.id,
        reauthProof: proofOf(holder, clock.now),
      }),
    );
    expect(unverifiable.code).toBe('UNAUTHENTICATED');
    // The control: the holder's own fresh proof signs.
    const signed = await signPdf(deps, ctx(holder), {
      pdf,
      certificateId: cert.id,
      reauthProof: proofOf(holder, clock.now),
    });
    expect(signed.certificateId).toBe(cert.id);
  });

  it('personal then organisation signature: PASSED for us and for pdfsig; after revocation, a new signature fails', async () => {
    const personal = await issue('personal');
    const organisation = await issue('organisation');
    const first = await signPdf(deps, ctx(holder), {
      pdf: await samplePdf(),
      certificateId: personal.id,
      reauthProof: proofOf(holder, new Date(clock.now.getTime() - 60_000)),
    });
    const second = await signPdf(deps, ctx(clerk), {
      pdf: first.pdf,
      certificateId: organisation.id,
      reauthProof: proofOf(clerk, clock.now),
    });
    const report = await verifyPdf(deps, ctx(officer), { pdf: second.pdf });
    expect(report.indication).toBe('PASSED');
    expect(report.signatures.map((s) => s.level)).toEqual(['B-T', 'B-T']);
    if (requirePdfsig()) {
      const ca = await ensureProvinceCa(deps);
      const nss = createNssDb(ca.root.certificate.rawData);
      try {
        const out = nss.pdfsig(second.pdf).output;
        expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
        expect(out.match(/Certificate is Trusted\./g)).toHaveLength(2);
      } finally {
        nss.dispose();
      }
    }

    // Revocation after signing keeps the earlier signature valid (time-stamp before revocation).
    clock.now = new Date(clock.now.getTime() + 60_000);
    await revokeCertificate(deps, ctx(officer), { certificateId: personal.id, reason: 'keyCompromise' });
    clock.now = new Date(clock.now.getTime() + 60_000);
    const afterRevocation = await verifyPdf(deps, ctx(officer), { pdf: second.pdf });
    expect(afterRevocation.indication).toBe('PASSED');
    expect(afterRevocation.signatures[0]!.reasons.map((r) => r.code)).toContain('REVOKED_AFTER_SIGNING');

    // The platform refuses to sign with a revoked certificate…
    const refused = await errorOf(
      signPdf(deps, ctx(holder), {
        pdf: await samplePdf(),
        certificateId: personal.id,
        reauthProof: proofOf(holder, clock.now),
      }),
    );
    expect(refused.code).toBe('INVALID_STATE');
    // …and a signature made with the (stolen) key after revocation fails verification.
    const { signPdfPades } = await import('./adapters/pdf/pades.ts');
    const { localTimestamper } = await import('./adapters/tsa/tsa.ts');
    const ca = await ensureProvinceCa(deps);
    const { findCertificate } = await import('./repositories/certificate.repository.ts');
    const row = (await findCertificate(t.db, personal.id))!;
    const forged = await signPdfPades({
      pdf: await samplePdf(),
      provider: deps.signer,
      keyHandle: row.keyHandle,
      certificate: new x509.X509Certificate(personal.certificatePem).rawData,
      chain: [ca.issuing.certificate.rawData, ca.root.certificate.rawData],
      timestamper: localTimestamper({ provider: deps.signer, tsa: ca.tsa, chain: [], now: () => clock.now }),
      field: { signingTime: clock.now },
    });
    const forgedReport = await verifyPdf(deps, ctx(officer), { pdf: forged });
    expect(forgedReport.indication).toBe('FAILED');
    expect(forgedReport.signatures[0]!.subIndication).toBe('REVOKED');

    const app = await buildIdentityTestApp(t.db, { grants: [PKI_GRANTS], routes: [pkiRoutes(deps)] });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/pki/verify',
        headers: { 'content-type': 'application/pdf' },
        body: Buffer.from(forged),
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().indication).toBe('FAILED');
    } finally {
      await app.close();
    }
  }, 30_000);

  it('B-LT: signPdf level B-LT embeds chain, CRL and OCSP; PASSED offline as B-LT, pdfsig valid; B-T offline is INDETERMINATE; extendToLt archives a B-T file', async () => {
    const personal = await issue('personal');
    const lt = await signPdf(deps, ctx(holder), {
      pdf: await samplePdf(),
      certificateId: personal.id,
      reauthProof: proofOf(holder, clock.now),
      level: 'B-LT',
    });
    expect(lt.level).toBe('B-LT');
    const text = Buffer.from(lt.pdf).toString('latin1');
    expect(text).toMatch(/\/Type \/DSS/);
    const dss = await readDss(lt.pdf);
    expect(dss.crls).toHaveLength(1);
    expect(dss.ocsps).toHaveLength(1);
    expect(dss.certs.length).toBeGreaterThanOrEqual(3);
    const sig = findSignatures(lt.pdf)[0]!;
    expect(text).toContain(`/${vriKey(sig.contentsHex)} <<`);

    const offline = await verifyPdf(deps, ctx(officer), { pdf: lt.pdf, offline: true });
    expect(offline.indication).toBe('PASSED');
    expect(offline.signatures[0]!.level).toBe('B-LT');
    const online = await verifyPdf(deps, ctx(officer), { pdf: lt.pdf });
    expect(online.indication).toBe('PASSED');

    const bt = await signPdf(deps, ctx(holder), {
      pdf: await samplePdf(),
      certificateId: personal.id,
      reauthProof: proofOf(holder, clock.now),
    });
    expect(bt.level).toBe('B-T');
    const btOffline = await verifyPdf(deps, ctx(officer), { pdf: bt.pdf, offline: true });
    expect(btOffline.indication).toBe('INDETERMINATE');
    expect(btOffline.signatures[0]!.subIndication).toBe('TRY_LATER');
    expect(btOffline.signatures[0]!.level).toBe('B-T');

    const archived = await extendToLt(deps, ctx(systemActor('archive')), { pdf: bt.pdf });
    expect(archived).toMatchObject({ level: 'B-LT', signatures: 1 });
    const archivedOffline = await verifyPdf(deps, ctx(officer), { pdf: archived.pdf, offline: true });
    expect(archivedOffline.indication).toBe('PASSED');
    expect(archivedOffline.signatures[0]!.level).toBe('B-LT');
    const unsigned = await errorOf(extendToLt(deps, ctx(officer), { pdf: await samplePdf() }));
    expect(unsigned.code).toBe('VALIDATION_FAILED');

    if (requirePdfsig()) {
      const ca = await ensureProvinceCa(deps);
      const nss = createNssDb(ca.root.certificate.rawData);
      try {
        for (const file of [lt.pdf, archived.pdf]) {
          const out = nss.pdfsig(file).output;
          expect(out).toContain('Signature is Valid.');
          expect(out).toContain('Certificate is Trusted.');
        }
      } finally {
        nss.dispose();
      }
    }
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  }, 30_000);

  it('seeds the demo certificates once', async () => {
    const stttt = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông (mẫu)' });
    const leader = await makeOfficial(t.db, { agencyId: stttt.id, username: 'lanhdao.stttt' });
    const vanthu = await makeOfficial(t.db, { agencyId: stttt.id, username: 'vanthu.stttt' });
    const input = {
      agencyIdByKey: { stttt: stttt.id },
      officialIdByUsername: { 'lanhdao.stttt': leader.id, 'vanthu.stttt': vanthu.id },
    };
    expect(await seedPkiDemo(deps, ctx(systemActor('seed')), input)).toEqual({ created: 3 });
    expect(await seedPkiDemo(deps, ctx(systemActor('seed')), input)).toEqual({ created: 0 });
  });
});
