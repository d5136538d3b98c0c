import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import type { AppError, OfficialActor, RequestContext } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PKI_GRANTS } from './contracts/index.ts';
import { createPkiDeps, type PkiDeps } from './deps.ts';
import { TEST_MASTER_KEY } from './testing/test-pki.ts';
import { approveRequest } from './use-cases/approve-request.ts';
import { certificateStats } from './use-cases/certificate-stats.ts';
import { revokeCertificate, suspendCertificate } from './use-cases/change-certificate-status.ts';
import { issueCertificate } from './use-cases/issue-certificate.ts';
import { listCertificates } from './use-cases/list-certificates.ts';
import { requestCertificate } from './use-cases/request-certificate.ts';

let t: TestDatabase;
let deps: PkiDeps;
let officerA: OfficialActor;
let officerB: OfficialActor;
let provinceAdmin: OfficialActor;
let specialistA: OfficialActor;
let certB: string;
const ctx = (actor: OfficialActor): RequestContext => ({ actor, requestId: 'req-pki-scope' });

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  t = await createTestDatabase();
  deps = createPkiDeps({ db: t.db, masterKey: TEST_MASTER_KEY });
  const a = await makeAgency(t.db, { name: 'Sở A' });
  const b = await makeAgency(t.db, { name: 'Sở B' });
  officerA = actorFor(await makeOfficial(t.db, { agencyId: a.id, roles: ['certificate_officer'] }), [
    PKI_GRANTS,
  ]);
  officerB = actorFor(await makeOfficial(t.db, { agencyId: b.id, roles: ['certificate_officer'] }), [
    PKI_GRANTS,
  ]);
  specialistA = actorFor(await makeOfficial(t.db, { agencyId: a.id, roles: ['specialist'] }), [PKI_GRANTS]);
  provinceAdmin = actorFor(await makeOfficial(t.db, { agencyId: a.id, roles: ['system_admin'] }), [
    PKI_GRANTS,
  ]);
  const request = await requestCertificate(deps, ctx(officerB), {
    kind: 'organisation',
    medium: 'usb_token',
    holderName: 'Sở B',
  });
  await approveRequest(deps, ctx(officerB), { requestId: request.id, approve: true });
  certB = (await issueCertificate(deps, ctx(officerB), { requestId: request.id })).id;
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe('PKI authorization', () => {
  it('authorization: an officer of agency A cannot revoke or suspend agency B’s certificate (404)', async () => {
    expect(
      (await errorOf(revokeCertificate(deps, ctx(officerA), { certificateId: certB, reason: 'unspecified' })))
        .code,
    ).toBe('NOT_FOUND');
    expect((await errorOf(suspendCertificate(deps, ctx(officerA), { certificateId: certB }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('authorization: an officer cannot file requests for another agency, a specialist cannot file any', async () => {
    const b = (await listCertificates(deps, ctx(officerB)))[0]!.agencyId;
    expect(
      (
        await errorOf(
          requestCertificate(deps, ctx(officerA), {
            agencyId: b,
            kind: 'organisation',
            medium: 'usb_token',
            holderName: 'x',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await errorOf(
          requestCertificate(deps, ctx(specialistA), {
            kind: 'organisation',
            medium: 'usb_token',
            holderName: 'x',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('authorization: listings and statistics are agency-scoped; province CA officers see all', async () => {
    expect(await listCertificates(deps, ctx(officerA))).toHaveLength(0);
    expect(
      await listCertificates(deps, ctx(officerA), {
        agencyId: (await listCertificates(deps, ctx(officerB)))[0]!.agencyId,
      }),
    ).toHaveLength(0);
    expect(await listCertificates(deps, ctx(provinceAdmin))).toHaveLength(1);
    const period = { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };
    expect((await certificateStats(deps, ctx(officerA), period)).issued).toBe(0);
    expect((await certificateStats(deps, ctx(provinceAdmin), period)).issued).toBe(1);
  });

  it('authorization: a province CA officer may revoke any agency’s certificate', async () => {
    const revoked = await revokeCertificate(deps, ctx(provinceAdmin), {
      certificateId: certB,
      reason: 'cessationOfOperation',
    });
    expect(revoked.status).toBe('revoked');
  });
});
