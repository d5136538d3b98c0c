import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueueJob, type NotificationJob, QUEUES, runDueJobs } from '@openprovince/jobs';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type OfficialActor,
} from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EmailProvider, logEmailProvider, smtpEmailProvider } from './adapters/providers/email.ts';
import { createNotificationProviders } from './adapters/providers/factory.ts';
import { localSmsProvider } from './adapters/providers/sms.ts';
import { NOTIFICATIONS_PERMISSIONS } from './contracts/index.ts';
import type { NotificationDeps } from './deps.ts';
import { notificationJobHandlers } from './jobs.ts';
import { listLocalSmsRows } from './repositories/local-sms.repository.ts';
import { findSentMessage } from './repositories/sent-message.repository.ts';
import { notificationRoutes } from './routes/notification.routes.ts';
import { sendNotification } from './use-cases/send-notification.ts';

/** A local SMTP sink: records what it accepts; `failNext` answers 451 (try again later) that many times. */
async function startSink() {
  const received: string[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.failNext > 0) {
          state.failNext--;
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        received.push(Buffer.concat(chunks).toString('latin1'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}?tls=off`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Just enough MIME decoding for the assertions: RFC 2047 encoded words and the text/plain part. */
function decodeHeader(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (!line) return '';
  const value = line.slice(name.length + 1).trim();
  const bytes: Buffer[] = [];
  let plain = '';
  const words = value.split(/\s+/);
  for (const word of words) {
    const m = /^=\?utf-8\?([bq])\?(.*)\?=$/i.exec(word);
    if (!m) {
      plain += (plain || bytes.length ? ' ' : '') + word;
      continue;
    }
    bytes.push(
      m[1]!.toLowerCase() === 'b' ? Buffer.from(m[2]!, 'base64') : qpBytes(m[2]!.replace(/_/g, ' ')),
    );
  }
  return plain + Buffer.concat(bytes).toString('utf8');
}

function qpBytes(text: string): Buffer {
  const out: number[] = [];
  const s = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i));
  }
  return Buffer.from(out);
}

function textPart(raw: string): string {
  const idx = raw.search(/Content-Type: text\/plain/i);
  const part = raw.slice(idx);
  const [headers, ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n').split(/\r?\n--/)[0]!;
  return /base64/i.test(headers!)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : qpBytes(body).toString('utf8');
}

const job = (over: Partial<NotificationJob> = {}): NotificationJob => ({
  channel: 'email',
  to: 'nguyen.thi.anh@example.vn',
  template: 'dossier.accepted',
  data: {
    dossierCode: '000.00.12.H60-210205-0001',
    dueAtText: '16:40 17/02/2021',
    applicantName: 'Nguyễn Thị Ánh',
    procedureName: 'Cấp giấy phép xây dựng',
  },
  messageKey: `email:000.00.12.H60-210205-0001:accepted:${Math.random()}`,
  subject: { type: 'dossier', id: '000.00.12.H60-210205-0001' },
  ...over,
});

describe('notifications against a real SMTP server (contract)', () => {
  let t: TestDatabase;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let deps: NotificationDeps;
  let email: EmailProvider;

  beforeAll(async () => {
    t = await createTestDatabase();
    sink = await startSink();
    email = smtpEmailProvider({ smtpUrl: sink.url, timeoutMs: 5_000 });
    deps = { db: t.db, email, sms: localSmsProvider() };
  });
  afterAll(async () => {
    await email?.close?.();
    await sink?.close();
    await t?.destroy();
  });
  beforeEach(() => {
    sink.received.length = 0;
    sink.state.failNext = 0;
  });

  it('delivers once even when the job runs twice (same message key)', async () => {
    const payload = job();
    // Two jobs with one message key: what a retried or re-claimed job looks like to the handler.
    await enqueueJob(t.db, { queue: QUEUES.notificationsSend, payload: { ...payload } });
    await enqueueJob(t.db, { queue: QUEUES.notificationsSend, payload: { ...payload } });
    const report = await runDueJobs(t.db, { handlers: notificationJobHandlers(deps) });
    expect(report).toEqual({ done: 2, retried: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(await sendNotification(deps, { ...payload })).toBe('already-sent');
    expect(sink.received).toHaveLength(1);
    const row = await findSentMessage(t.db, payload.messageKey);
    expect(row).toMatchObject({ channel: 'email', provider: 'smtp', template: 'dossier.accepted' });
    expect(row?.providerMessageId).toMatch(/@dichvucong\.localhost>$/);
  });

  it('a 4xx from the server makes the job retry, and the retry delivers exactly one copy', async () => {
    const payload = job();
    sink.state.failNext = 1;
    await enqueueJob(t.db, { queue: QUEUES.notificationsSend, payload: { ...payload } });
    const now = new Date();
    const first = await runDueJobs(t.db, { handlers: notificationJobHandlers(deps), now });
    expect(first).toEqual({ done: 0, retried: 1, failed: 0 });
    expect(sink.received).toHaveLength(0);
    // The failed attempt left no key behind, so the retry may send.
    expect(await findSentMessage(t.db, payload.messageKey)).toBeUndefined();
    const second = await runDueJobs(t.db, {
      handlers: notificationJobHandlers(deps),
      now: new Date(now.getTime() + 11_000),
    });
    expect(second).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(await findSentMessage(t.db, payload.messageKey)).toBeDefined();
  });

  it('UTF-8 Vietnamese subject and body survive the trip', async () => {
    await sendNotification(deps, { ...job() });
    const raw = sink.received[0]!;
    expect(decodeHeader(raw, 'Subject')).toBe(
      'Hồ sơ 000.00.12.H60-210205-0001 đã được tiếp nhận / Dossier 000.00.12.H60-210205-0001 accepted',
    );
    const body = textPart(raw);
    expect(body).toContain('Kính gửi ông/bà Nguyễn Thị Ánh,');
    expect(body).toContain('Ngày hẹn trả kết quả: 16:40 17/02/2021.');
    expect(body).toContain('Thủ tục: Cấp giấy phép xây dựng.');
    expect(raw).toMatch(/Auto-Submitted: auto-generated/);
  });

  it('an unknown template fails before anything is reserved or sent', async () => {
    // A payload the compiler would refuse, as a job stored by another version of the platform could carry.
    const payload = job({ template: 'dossier.nope' as NotificationJob['template'] });
    await expect(sendNotification(deps, { ...payload })).rejects.toThrow(/No notification template/);
    expect(await findSentMessage(t.db, payload.messageKey)).toBeUndefined();
    expect(sink.received).toHaveLength(0);
  });

  it('SMS: the local provider stores the text once, without diacritics, in 84… form', async () => {
    const payload = job({ channel: 'sms', to: '0912 345 678' });
    await sendNotification(deps, { ...payload });
    await sendNotification(deps, { ...payload });
    const list = (await listLocalSmsRows(t.db, { to: '84912345678', limit: 10 }))
      .filter((r) => r.messageKey === payload.messageKey)
      .map(({ to, text, encoding, segments }) => ({ to, text, encoding, segments }));
    expect(list).toEqual([
      {
        to: '84912345678',
        text: 'Ho so 000.00.12.H60-210205-0001 da duoc tiep nhan. Hen tra ket qua: 16:40 17/02/2021.',
        encoding: 'gsm7',
        segments: 1,
      },
    ]);
    await expect(sendNotification(deps, { ...job({ channel: 'sms', to: '12345' }) })).rejects.toThrow(
      /invalid/,
    );
  });

  it('the log provider writes an .eml file a newcomer can open', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'op-mail-'));
    try {
      const providers = createNotificationProviders({ dataDir });
      expect(providers.email.name).toBe('log');
      expect(createNotificationProviders({ dataDir, smtpUrl: sink.url }).email.name).toBe('smtp');
      await sendNotification({ ...deps, email: logEmailProvider({ dataDir }) }, { ...job() });
      const files = await readdir(join(dataDir, 'mail'));
      expect(files).toHaveLength(1);
      const raw = await readFile(join(dataDir, 'mail', files[0]!), 'latin1');
      expect(decodeHeader(raw, 'Subject')).toContain('đã được tiếp nhận');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('notification routes', () => {
  let t: TestDatabase;
  let app: HttpApp;
  const official = (permissions: string[]): OfficialActor => ({
    kind: 'official',
    userId: 'u1',
    username: 'u1',
    fullName: 'Cán bộ',
    agencyId: '00000000-0000-4000-8000-0000000000a1',
    roles: [],
    permissions: new Set(permissions),
  });
  const ACTORS: Record<string, Actor> = {
    admin: official([NOTIFICATIONS_PERMISSIONS.read]),
    officer: official([]),
  };
  beforeAll(async () => {
    t = await createTestDatabase();
    const deps = {
      db: t.db,
      email: { name: 'null', send: async () => ({ providerMessageId: null }) },
      sms: localSmsProvider(),
    };
    await sendNotification(deps, { ...job({ to: 'nguyen.thi.anh@example.vn' }) });
    await sendNotification(deps, { ...job({ channel: 'sms', to: '0912345678' }) });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      resolveActor: async (request) => ACTORS[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(notificationRoutes({ db: t.db }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('authorization: the message log and the SMS outbox need notifications:read', async () => {
    for (const url of ['/api/notifications/messages', '/api/notifications/local-sms']) {
      expect((await app.inject({ url })).statusCode).toBe(401);
      expect((await app.inject({ url, headers: { 'x-test-actor': 'officer' } })).statusCode).toBe(403);
      expect((await app.inject({ url, headers: { 'x-test-actor': 'admin' } })).statusCode).toBe(200);
    }
  });

  it('lists messages with masked recipients, and the local SMS outbox', async () => {
    const res = await app.inject({
      url: '/api/notifications/messages',
      headers: { 'x-test-actor': 'admin' },
    });
    expect(res.json().total).toBe(2);
    expect(
      res
        .json()
        .items.map((i: { recipient: string }) => i.recipient)
        .sort(),
    ).toEqual(['091****678', 'ng***@example.vn']);
    const sms = await app.inject({
      url: '/api/notifications/local-sms?to=0912345678',
      headers: { 'x-test-actor': 'admin' },
    });
    expect(sms.json().items).toHaveLength(1);
    expect(sms.json().items[0]).toMatchObject({ to: '84912345678', encoding: 'gsm7', segments: 1 });
  });
});
