import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeOfficial, testReauthProofs } from '@openprovince/identity/testing';
import { type OfficialActor, type RequestContext, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdxml } from './adapters/edxml/edxml.ts';
import { DOCUMENT_GRANTS } from './contracts/index.ts';
import { createDocumentDeps, type DocumentDeps, generateExchangeKeys } from './deps.ts';
import { createTestSigner } from './testing/index.ts';
import { changeOutgoingState } from './use-cases/change-outgoing-state.ts';
import { createOutgoing } from './use-cases/create-outgoing.ts';
import { listEdxmlOutbox, takeEdxmlPackage } from './use-cases/edxml-outbox.ts';
import { exportEdxml } from './use-cases/export-edxml.ts';
import { getIncoming, listIncoming } from './use-cases/get-incoming.ts';
import { getOutgoing } from './use-cases/get-outgoing.ts';
import { handleIncoming } from './use-cases/handle-incoming.ts';
import { importEdxml } from './use-cases/import-edxml.ts';
import { issueOutgoing } from './use-cases/issue-outgoing.ts';
import { listDocumentStatuses } from './use-cases/list-document-statuses.ts';
import { recallOutgoing } from './use-cases/recall-outgoing.ts';
import { signOutgoing } from './use-cases/sign-outgoing.ts';

const ctx = (actor: OfficialActor): RequestContext => ({ actor, requestId: 'edxml' });

/**
 * Exchange with an agency outside the platform by file: the issuer exports a signed edXML package, the
 * other system (here a second platform instance with its own key, trusting the first) imports it,
 * verifies the XML signature, and answers with status packages that the issuer imports in turn.
 */
describe('edXML round trip with signature verification', () => {
  let t: TestDatabase;
  let sender: DocumentDeps;
  let receiver: DocumentDeps;
  let clock = new Date('2021-06-22T02:00:00Z');
  const proofs = testReauthProofs({ now: () => clock });
  const p: Record<string, OfficialActor> = {};
  let docId = '';
  let exported = '';

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, { actor: systemActor('seed'), requestId: 'seed' });
    const senderKeys = generateExchangeKeys();
    const receiverKeys = generateExchangeKeys();
    const common = {
      db: t.db,
      signer: createTestSigner(),
      now: () => clock,
      reauth: proofs,
    };
    sender = createDocumentDeps({
      ...common,
      storage: new MemoryStorage(),
      exchange: { ...senderKeys, trusted: [receiverKeys.publicKeyPem] },
    });
    receiver = createDocumentDeps({
      ...common,
      storage: new MemoryStorage(),
      exchange: { ...receiverKeys, trusted: [senderKeys.publicKeyPem] },
    });
    const A = await makeAgency(t.db, {
      name: 'Ủy ban nhân dân tỉnh Trà Vinh',
      abbreviation: 'UBND',
      code: '000.00.00.H59',
    });
    const X = await makeAgency(t.db, {
      name: 'Bộ Thông tin và Truyền thông',
      abbreviation: 'BTTTT',
      code: '000.00.00.G12',
    });
    for (const [k, agencyId, role] of [
      ['spec', A.id, 'specialist'],
      ['lead', A.id, 'leader'],
      ['clerk', A.id, 'clerk'],
      ['clerkX', X.id, 'clerk'],
    ] as const) {
      p[k] = actorFor(await makeOfficial(t.db, { agencyId, roles: [role] }), [DOCUMENT_GRANTS]);
    }
    const draft = await createOutgoing(sender, ctx(p.spec!), {
      kind: 'administrative',
      typeCode: 'BC',
      subject: 'Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2021',
      content: 'Ủy ban nhân dân tỉnh báo cáo…',
      urgency: 'top_urgent',
      // Known by its code only: an agency outside the platform's document exchange.
      recipients: [{ code: X.code, name: X.name }],
    });
    docId = draft.id;
    const s1 = await changeOutgoingState(sender, ctx(p.spec!), {
      id: docId,
      version: draft.version,
      action: 'submit',
    });
    const s2 = await signOutgoing(sender, ctx(p.lead!), {
      id: docId,
      version: s1.version,
      certificateId: 'c',
      position: 'Chủ tịch',
      reauthProof: proofs.proofFor(p.lead!.userId, clock),
    });
    await issueOutgoing(sender, ctx(p.clerk!), {
      id: docId,
      version: s2.version,
      organisationCertificateId: 'o',
      reauthProof: proofs.proofFor(p.clerk!.userId, clock),
    });
  });
  afterAll(async () => t?.destroy());

  it('exports a signed package with the QCVN 102 fields', async () => {
    exported = await exportEdxml(sender, ctx(p.clerk!), { id: docId });
    const parsed = parseEdxml(exported);
    expect(parsed.kind).toBe('document');
    if (parsed.kind !== 'document') return;
    expect(parsed.document).toMatchObject({
      from: { organId: '000.00.00.H59' },
      to: [{ organId: '000.00.00.G12' }],
      code: { number: '01', notation: 'BC-UBND' },
      promulgation: { place: 'Trà Vinh', date: '2021-06-22' },
      priority: 2,
      business: { docType: 0 },
    });
    expect(parsed.document.attachments[0]!.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect(exported).toContain('<SignatureValue>');
    // Issuing also queued one package for the outside recipient.
    expect((await listEdxmlOutbox(sender, ctx(p.clerk!))).map((x) => x.kind)).toEqual(['document']);
  });

  it('a tampered package is refused; the genuine one becomes an incoming document with PASSED', async () => {
    const tampered = exported.replace('Báo cáo kết quả', 'Báo cáo kết quá');
    await expect(importEdxml(receiver, ctx(p.clerkX!), { xml: tampered })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
    });
    const untrusted = createDocumentDeps({
      db: t.db,
      storage: new MemoryStorage(),
      signer: createTestSigner(),
      now: () => clock,
    });
    await expect(importEdxml(untrusted, ctx(p.clerkX!), { xml: exported })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
    });
    await expect(importEdxml(receiver, ctx(p.clerk!), { xml: exported })).rejects.toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
    });
    const result = await importEdxml(receiver, ctx(p.clerkX!), { xml: exported });
    expect(result.kind).toBe('document');
    const inc = await getIncoming(receiver, ctx(p.clerkX!), { id: result.incomingId! });
    expect(inc).toMatchObject({
      channel: 'edxml_file',
      numberSymbol: '01/BC-UBND',
      signatureResult: 'PASSED',
      urgency: 'top_urgent',
      status: 'arrived',
    });
  });

  it('status packages 01 and 03 travel back and the issuer sees them', async () => {
    clock = new Date(clock.getTime() + 10 * 60_000);
    const [inc] = (await listIncoming(receiver, ctx(p.clerkX!), {})).items;
    await handleIncoming(receiver, ctx(p.clerkX!), {
      id: inc!.id,
      version: inc!.version,
      action: 'register',
    });
    const outbox = await listEdxmlOutbox(receiver, ctx(p.clerkX!));
    expect(outbox.map((x) => x.statusCode)).toEqual(['01', '03']);
    for (const item of outbox) {
      const xml = await takeEdxmlPackage(receiver, ctx(p.clerkX!), { id: item.id });
      const res = await importEdxml(sender, ctx(p.clerk!), { xml });
      expect(res).toMatchObject({ kind: 'status', outgoingId: docId });
    }
    expect(await listEdxmlOutbox(receiver, ctx(p.clerkX!))).toEqual([]);
    const statuses = await listDocumentStatuses(sender, ctx(p.clerk!), { id: docId });
    expect(statuses.map((s) => [s.statusCode, s.fromCode])).toEqual([
      ['01', '000.00.00.G12'],
      ['03', '000.00.00.G12'],
    ]);
  });

  it('recall 13 by file: the outside recipient cancels its copy and answers 15', async () => {
    const doc = await getOutgoing(sender, ctx(p.clerk!), { id: docId });
    await recallOutgoing(sender, ctx(p.clerk!), {
      id: docId,
      version: doc.version,
      reason: 'Thay bằng báo cáo bổ sung',
    });
    const recall = (await listEdxmlOutbox(sender, ctx(p.clerk!))).find((x) => x.statusCode === '13')!;
    const res = await importEdxml(receiver, ctx(p.clerkX!), {
      xml: await takeEdxmlPackage(sender, ctx(p.clerk!), { id: recall.id }),
    });
    expect(res.statusCode).toBe('13');
    expect((await getIncoming(receiver, ctx(p.clerkX!), { id: res.incomingId! })).status).toBe('cancelled');
    const answer = (await listEdxmlOutbox(receiver, ctx(p.clerkX!))).find((x) => x.statusCode === '15')!;
    await importEdxml(sender, ctx(p.clerk!), {
      xml: await takeEdxmlPackage(receiver, ctx(p.clerkX!), { id: answer.id }),
    });
    expect((await listDocumentStatuses(sender, ctx(p.clerk!), { id: docId })).at(-1)!.statusCode).toBe('15');
  });
});
