import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeOfficial, testReauthProofs } from '@openprovince/identity/testing';
import { listJobs } from '@openprovince/jobs';
import { type OfficialActor, type RequestContext, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_GRANTS } from './contracts/index.ts';
import { createDocumentDeps, type DocumentDeps } from './deps.ts';
import { seedDocumentsDemo } from './seed/demo.ts';
import { createTestSigner } from './testing/index.ts';
import { changeOutgoingState } from './use-cases/change-outgoing-state.ts';
import { createOutgoing } from './use-cases/create-outgoing.ts';
import { directIncoming } from './use-cases/direct-incoming.ts';
import { documentStatistics } from './use-cases/document-statistics.ts';
import { getIncoming, listIncoming } from './use-cases/get-incoming.ts';
import { getOutgoing } from './use-cases/get-outgoing.ts';
import { handleIncoming } from './use-cases/handle-incoming.ts';
import { issueOutgoing } from './use-cases/issue-outgoing.ts';
import { listDocumentStatuses } from './use-cases/list-document-statuses.ts';
import { listRegisters } from './use-cases/list-registers.ts';
import { listReminders } from './use-cases/list-reminders.ts';
import { printRegister } from './use-cases/print-register.ts';
import { recallOutgoing } from './use-cases/recall-outgoing.ts';
import { reportDirectiveProgress } from './use-cases/report-directive-progress.ts';
import { signOutgoing } from './use-cases/sign-outgoing.ts';

const ctx = (actor: OfficialActor): RequestContext => ({ actor, requestId: 'journey' });

describe('outgoing → issued → received by two agencies → registered → directive → finished, recall', () => {
  let t: TestDatabase;
  let deps: DocumentDeps;
  let clock = new Date('2021-11-17T02:00:00Z'); // Wednesday 09:00 in Trà Vinh
  const people: Record<string, OfficialActor> = {};
  const agency: Record<string, Awaited<ReturnType<typeof makeAgency>>> = {};
  let outgoingId = '';
  /** Identity's re-authentication proofs (any password is right here; the proofs are what signing checks). */
  const proofs = testReauthProofs({ now: () => clock });
  const proofOf = (actor: OfficialActor, at: Date) => proofs.proofFor(actor.userId, at);

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, { actor: systemActor('seed'), requestId: 'seed' });
    deps = createDocumentDeps({
      db: t.db,
      storage: new MemoryStorage(),
      signer: createTestSigner(),
      now: () => clock,
      reauth: proofs,
    });
    agency.A = await makeAgency(t.db, {
      name: 'Ủy ban nhân dân tỉnh Trà Vinh',
      abbreviation: 'UBND',
      code: '000.00.00.H59',
    });
    agency.B = await makeAgency(t.db, {
      name: 'Sở Thông tin và Truyền thông',
      abbreviation: 'STTTT',
      code: '000.00.11.H59',
    });
    agency.C = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP', code: '000.00.12.H59' });
    for (const [key, agencyKey, role] of [
      ['specialistA', 'A', 'specialist'],
      ['leaderA', 'A', 'leader'],
      ['clerkA', 'A', 'clerk'],
      ['clerkB', 'B', 'clerk'],
      ['leaderB', 'B', 'leader'],
      ['specialistB', 'B', 'specialist'],
      ['clerkC', 'C', 'clerk'],
    ] as const) {
      const o = await makeOfficial(t.db, {
        agencyId: agency[agencyKey]!.id,
        roles: [role],
        fullName: `Cán bộ ${key}`,
      });
      people[key] = actorFor(o, [DOCUMENT_GRANTS]);
    }
  });
  afterAll(async () => t?.destroy());

  it('a specialist drafts a plan from the template and sends it for review', async () => {
    const draft = await createOutgoing(deps, ctx(people.specialistA!), {
      kind: 'administrative',
      typeCode: 'KH',
      subject: 'Triển khai thực hiện chuyển đổi số năm 2022',
      content: 'Căn cứ Nghị định số 30/2020/NĐ-CP, Ủy ban nhân dân tỉnh ban hành Kế hoạch…',
      urgency: 'urgent',
      recipients: [
        { agencyId: agency.B!.id, name: agency.B!.name },
        { agencyId: agency.C!.id, name: agency.C!.name },
        { code: '000.00.00.G01', name: 'Văn phòng Chính phủ' },
      ],
    });
    expect(draft.status).toBe('draft');
    expect(draft.file?.size).toBeGreaterThan(1000);
    expect(draft.allowedActions.sort()).toEqual(['cancel', 'edit', 'submit']);
    outgoingId = draft.id;
    const submitted = await changeOutgoingState(deps, ctx(people.specialistA!), {
      id: draft.id,
      version: draft.version,
      action: 'submit',
    });
    expect(submitted.status).toBe('in_review');
    await expect(
      changeOutgoingState(deps, ctx(people.specialistA!), {
        id: draft.id,
        version: draft.version,
        action: 'submit',
      }),
    ).rejects.toMatchObject({ code: 'VERSION_MISMATCH' });
  });

  it("authorization: signing with another official's, an expired or a tampered re-authentication proof is refused (401, Vietnamese and English)", async () => {
    const doc = await getOutgoing(deps, ctx(people.leaderA!), { id: outgoingId });
    const signWith = (reauthProof: string) =>
      signOutgoing(deps, ctx(people.leaderA!), {
        id: outgoingId,
        version: doc.version,
        certificateId: 'cert-leader',
        position: 'Phó Chủ tịch',
        reauthProof,
      });
    const refusal = {
      code: 'UNAUTHENTICATED',
      options: {
        detail: expect.stringMatching(/nhập lại mật khẩu/),
        detailEn: expect.stringMatching(/password again/),
      },
    };
    // The clerk's fresh proof names the clerk, not the leader who signs.
    await expect(signWith(proofOf(people.clerkA!, clock))).rejects.toMatchObject(refusal);
    // The leader's own proof, six minutes old.
    const expired = proofOf(people.leaderA!, new Date(clock.getTime() - 6 * 60_000));
    await expect(signWith(expired)).rejects.toMatchObject(refusal);
    // The expired proof with its instant moved to now: the MAC no longer matches.
    const [id, , mac] = expired.split('.');
    await expect(signWith(`${id}.${clock.getTime()}.${mac}`)).rejects.toMatchObject(refusal);
    // Made with a key that is not identity's.
    await expect(signWith(testReauthProofs().proofFor(people.leaderA!.userId, clock))).rejects.toMatchObject(
      refusal,
    );
    // Nothing was signed.
    expect((await getOutgoing(deps, ctx(people.leaderA!), { id: outgoingId })).status).toBe(doc.status);
  });

  it('the deputy signs "KT." with a fresh re-authentication only', async () => {
    const doc = await getOutgoing(deps, ctx(people.leaderA!), { id: outgoingId });
    const stale = new Date(clock.getTime() - 6 * 60_000);
    await expect(
      signOutgoing(deps, ctx(people.leaderA!), {
        id: outgoingId,
        version: doc.version,
        certificateId: 'cert-leader',
        signMode: 'KT.',
        onBehalfOf: 'Chủ tịch',
        position: 'Phó Chủ tịch',
        reauthProof: proofOf(people.leaderA!, stale),
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      signOutgoing(deps, ctx(people.specialistA!), {
        id: outgoingId,
        version: doc.version,
        certificateId: 'x',
        position: 'Chuyên viên',
        reauthProof: proofOf(people.specialistA!, clock),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const signed = await signOutgoing(deps, ctx(people.leaderA!), {
      id: outgoingId,
      version: doc.version,
      certificateId: 'cert-leader',
      signMode: 'KT.',
      onBehalfOf: 'Chủ tịch',
      position: 'Phó Chủ tịch',
      reauthProof: proofOf(people.leaderA!, clock),
    });
    expect(signed.status).toBe('signed');
    expect(signed.signMode).toBe('KT.');
    expect(signed.signatures).toHaveLength(1);
    // Khẩn: to be issued at once.
    expect(signed.issueBy).toBe(clock.toISOString());
  });

  it('authorization: a specialist cannot issue', async () => {
    const doc = await getOutgoing(deps, ctx(people.specialistA!), { id: outgoingId });
    await expect(
      issueOutgoing(deps, ctx(people.specialistA!), {
        id: outgoingId,
        version: doc.version,
        organisationCertificateId: 'org',
        reauthProof: proofOf(people.specialistA!, clock),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the clerk numbers, organisation-signs and issues; both recipient agencies receive it at once', async () => {
    clock = new Date(clock.getTime() + 30 * 60_000);
    const doc = await getOutgoing(deps, ctx(people.clerkA!), { id: outgoingId });
    const issued = await issueOutgoing(deps, ctx(people.clerkA!), {
      id: outgoingId,
      version: doc.version,
      organisationCertificateId: 'cert-org-ubnd',
      reauthProof: proofOf(people.clerkA!, clock),
    });
    expect(issued.status).toBe('issued');
    expect(issued.numberSymbol).toBe('01/KH-UBND');
    expect(issued.signatures.map((s) => s.kind)).toEqual(['personal', 'organisation']);
    for (const clerk of [people.clerkB!, people.clerkC!]) {
      const inbox = await listIncoming(deps, ctx(clerk), {});
      expect(inbox.total).toBe(1);
      const inc = inbox.items[0]!;
      expect(inc).toMatchObject({
        status: 'arrived',
        numberSymbol: '01/KH-UBND',
        signatureResult: 'PASSED',
        channel: 'platform',
        urgency: 'urgent',
      });
      expect(inc.registerBy).toBe(clock.toISOString());
    }
    const statuses = await listDocumentStatuses(deps, ctx(people.clerkA!), { id: outgoingId });
    expect(statuses.map((s) => s.statusCode)).toEqual(['01', '01']);
    // One document package per platform recipient (delivered), one waiting for the outside recipient.
    const jobs = await listJobs(t.db, { queue: 'documents.edxml.deliver' });
    expect(jobs).toHaveLength(1);
  });

  it('recipient B registers, presents, the leader directs with a working-day deadline, the lead unit finishes', async () => {
    clock = new Date(clock.getTime() + 60 * 60_000);
    const [inc] = (await listIncoming(deps, ctx(people.clerkB!), {})).items;
    const registered = await handleIncoming(deps, ctx(people.clerkB!), {
      id: inc!.id,
      version: inc!.version,
      action: 'register',
    });
    expect(registered).toMatchObject({ status: 'registered', incomingNumber: 1 });
    const presented = await handleIncoming(deps, ctx(people.clerkB!), {
      id: inc!.id,
      version: registered.version,
      action: 'present',
      leaderName: 'Giám đốc Sở',
    });
    await expect(
      directIncoming(deps, ctx(people.clerkB!), {
        incomingId: inc!.id,
        incomingVersion: presented.version,
        content: 'x',
        leadUnit: 'y',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const directive = await directIncoming(deps, ctx(people.leaderB!), {
      incomingId: inc!.id,
      incomingVersion: presented.version,
      content: 'Phòng Công nghệ thông tin chủ trì tham mưu triển khai',
      leadUnit: 'Phòng Công nghệ thông tin',
      coordinatingUnits: ['Trung tâm Công nghệ thông tin và Truyền thông'],
      workingDays: 5,
    });
    // Wednesday 17/11/2021 10:30 + 5 working days → Wednesday 24/11/2021 10:30 (Vietnam time).
    expect(directive.dueAt).toBe('2021-11-24T03:30:00.000Z');
    const processing = await reportDirectiveProgress(deps, ctx(people.specialistB!), {
      id: directive.id,
      version: directive.version,
      status: 'processing',
    });
    const finished = await reportDirectiveProgress(deps, ctx(people.specialistB!), {
      id: directive.id,
      version: processing.version,
      status: 'finished',
      note: 'Đã xây dựng kế hoạch của Sở',
    });
    expect(finished).toMatchObject({ status: 'finished', overdue: false });
    expect((await getIncoming(deps, ctx(people.clerkB!), { id: inc!.id })).status).toBe('finished');
    const codes = (await listDocumentStatuses(deps, ctx(people.clerkA!), { id: outgoingId }))
      .filter((s) => s.fromAgencyId === agency.B!.id)
      .map((s) => s.statusCode);
    expect(codes).toEqual(['01', '03', '04', '05', '06']);
  });

  it('recall: C (not finished) cancels it with 15, B (finished) answers 16; the sender is told', async () => {
    clock = new Date(clock.getTime() + 60 * 60_000);
    const doc = await getOutgoing(deps, ctx(people.clerkA!), { id: outgoingId });
    const recalled = await recallOutgoing(deps, ctx(people.clerkA!), {
      id: outgoingId,
      version: doc.version,
      reason: 'Sai sót nội dung',
    });
    expect(recalled.status).toBe('recalled');
    const [incC] = (await listIncoming(deps, ctx(people.clerkC!), {})).items;
    expect(incC!.status).toBe('cancelled');
    expect(incC!.recallReason).toBe('Sai sót nội dung');
    // B had finished it: it stays finished, but B is told that the sender asked for a recall, and why.
    const [incB] = (await listIncoming(deps, ctx(people.clerkB!), {})).items;
    expect(incB).toMatchObject({ status: 'finished', recallReason: 'Sai sót nội dung' });
    expect(incB!.recallRequestedAt).not.toBeNull();
    const statuses = await listDocumentStatuses(deps, ctx(people.clerkA!), { id: outgoingId });
    const last = (agencyId: string) => statuses.filter((s) => s.fromAgencyId === agencyId).at(-1)!.statusCode;
    expect(last(agency.C!.id)).toBe('15');
    expect(last(agency.B!.id)).toBe('16');
    expect(statuses.filter((s) => s.statusCode === '13')).toHaveLength(2);
    await expect(
      recallOutgoing(deps, ctx(people.clerkA!), {
        id: outgoingId,
        version: recalled.version,
        reason: 'lần hai',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('statistics and reminders per agency', async () => {
    const stats = await documentStatistics(deps, ctx(people.clerkA!), {
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(stats).toMatchObject({ issued: 1, signedPersonal: 1, signedOrganisation: 1, signedShare: 1 });
    const statsB = await documentStatistics(deps, ctx(people.leaderB!), {
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(statsB).toMatchObject({
      incomingByChannel: { platform: 1 },
      directivesFinishedOnTime: 1,
      directivesFinishedLate: 0,
    });
    await expect(
      documentStatistics(deps, ctx(people.leaderB!), {
        agencyId: agency.A!.id,
        from: '2021-01-01',
        to: '2021-12-31',
      }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listReminders(deps, ctx(people.clerkC!))).toEqual([]);
  });

  it('authorization: the province-wide figures are for documents:stats-all (the annual report), not for a leader', async () => {
    const inspector = await makeOfficial(t.db, { agencyId: agency.A!.id, roles: ['auditor'] });
    const auditor = actorFor(inspector, [DOCUMENT_GRANTS]);
    const year = { from: '2021-01-01', to: '2021-12-31' };
    const province = await documentStatistics(deps, ctx(auditor), year);
    const perAgency = await Promise.all(
      [agency.A!, agency.B!, agency.C!].map((a) =>
        documentStatistics(deps, ctx(auditor), { ...year, agencyId: a.id }),
      ),
    );
    expect(province.agencyId).toBeNull();
    const sum = (pick: (s: (typeof perAgency)[number]) => number) =>
      perAgency.reduce((n, s) => n + pick(s), 0);
    expect(province.issued).toBe(sum((s) => s.issued));
    expect(province.directivesFinishedOnTime).toBe(sum((s) => s.directivesFinishedOnTime));
    expect(province.incomingByChannel.platform ?? 0).toBe(sum((s) => s.incomingByChannel.platform ?? 0));
    expect(province.issued).toBeGreaterThan(0);
    // A leader without stats-all still gets their own agency when they name none, and not another's.
    expect((await documentStatistics(deps, ctx(people.leaderB!), year)).agencyId).toBe(agency.B!.id);
    await expect(
      documentStatistics(deps, ctx(people.leaderB!), { ...year, agencyId: agency.C!.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('prints the outgoing and incoming registers of 2021 as PDF (Appendix IV) with Vietnamese text', async () => {
    const [outReg] = (
      await listRegisters(deps, ctx(people.clerkA!), { agencyId: agency.A!.id, year: 2021 })
    ).filter((r) => r.direction === 'outgoing');
    const [inReg] = (
      await listRegisters(deps, ctx(people.clerkB!), { agencyId: agency.B!.id, year: 2021 })
    ).filter((r) => r.direction === 'incoming');
    const outFile = await printRegister(deps, ctx(people.clerkA!), { registerId: outReg!.id });
    const inFile = await printRegister(deps, ctx(people.clerkB!), { registerId: inReg!.id });
    const [outPdf, inPdf] = [outFile.bytes, inFile.bytes];
    expect(outPdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect([outFile.name, inFile.name]).toEqual([
      'Sổ đăng ký văn bản đi 2021.pdf',
      'Sổ đăng ký văn bản đến 2021.pdf',
    ]);
    await expect(printRegister(deps, ctx(people.clerkC!), { registerId: outReg!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    if (!existsSync('/usr/bin/pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'reg-'));
    const text = (pdf: Buffer, name: string) => {
      writeFileSync(join(dir, name), pdf);
      return execFileSync('pdftotext', ['-layout', join(dir, name), '-'], { encoding: 'utf8' }).normalize(
        'NFC',
      );
    };
    const out = text(outPdf, 'out.pdf');
    expect(out).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(out).toContain('01/KH-UBND');
    expect(out).toContain('Triển khai thực hiện chuyển đổi số');
    expect(out).toContain('Đã thu hồi');
    const inc = text(inPdf, 'in.pdf');
    expect(inc).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(inc).toContain('Ủy ban nhân dân tỉnh Trà');
    expect(inc).toContain('Giám đốc Sở');
  });

  it('seeds the demo quickly and only once', async () => {
    const province = await makeAgency(t.db, { name: 'Ủy ban nhân dân tỉnh (mẫu)', abbreviation: 'UBND' });
    const dic = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông (mẫu)', abbreviation: 'STTTT' });
    const ids = { 'ubnd-tinh': province.id, stttt: dic.id };
    const started = Date.now();
    const first = await seedDocumentsDemo(
      deps,
      { actor: systemActor('seed'), requestId: 'seed' },
      { agencyIdByKey: ids },
    );
    expect(first.skipped).toBe(false);
    expect(first.issued).toBeGreaterThan(5);
    expect(Date.now() - started).toBeLessThan(15_000);
    const again = await seedDocumentsDemo(
      deps,
      { actor: systemActor('seed'), requestId: 'seed' },
      { agencyIdByKey: ids },
    );
    expect(again).toMatchObject({ skipped: true, issued: 0 });
  });
});
