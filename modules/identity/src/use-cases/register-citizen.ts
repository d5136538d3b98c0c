import { recordAudit } from '@openprovince/audit';
import { type Db, isUniqueViolation } from '@openprovince/db';
import { enqueue, NOTIFICATIONS_SEND, type NotificationJob } from '@openprovince/jobs';
import { AppError, nfc, type RequestContext } from '@openprovince/platform';
import type { TRegisterCitizenBody, TRegistrationReceived } from '../contracts/index.ts';
import { normalisePhone } from '../domain/normalise.ts';
import { hashPassword, passwordProblems } from '../domain/security/passwords.ts';
import {
  type CitizenRow,
  findCitizenByPersonalId,
  insertCitizen,
} from '../repositories/citizen.repository.ts';

export const REGISTRATION_RECEIVED: TRegistrationReceived = {
  status: 'received',
  message:
    'Đã nhận đăng ký. Hãy đăng nhập bằng số định danh và mật khẩu vừa đặt. Nếu số định danh này đã có tài khoản từ trước, tài khoản cũ được giữ nguyên và hướng dẫn đã được gửi tới điện thoại/e-mail đã đăng ký của tài khoản đó.',
  messageEn:
    'Registration received. Sign in with your ID number and the password you chose. If this ID number already had an account, that account is unchanged and instructions were sent to its registered phone/e-mail.',
};

/**
 * A citizen opens a local account (VNeID sign-in is the other way in). The answer is the same whether
 * the personal ID number is new or already has an account, so that registration cannot be used to learn
 * who has an account (the former 409). A repeated registration changes nothing: the existing account
 * keeps its password, and its owner is told, on the phone and e-mail already on file, that somebody
 * tried, and how to get back in (their old password, VNeID, or a reset at the one-stop desk). The same
 * password work (argon2) is done on both paths.
 */
export async function registerCitizen(
  db: Db,
  ctx: RequestContext,
  input: TRegisterCitizenBody,
): Promise<TRegistrationReceived> {
  const problems = await passwordProblems(input.password, {
    personalId: input.personalId,
    fullName: input.fullName,
  });
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: problems.map((p) => p.message).join('; '),
      detailEn: problems.map((p) => p.messageEn).join('; '),
      errors: problems.map((p) => ({ path: '/body/password', ...p })),
    });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    await db.transaction(async (tx) => {
      const existing = await findCitizenByPersonalId(tx, input.personalId);
      if (existing) return tellOwner(tx, ctx, existing);
      const row = await insertCitizen(tx, {
        personalId: input.personalId,
        fullName: nfc(input.fullName),
        phone: normalisePhone(input.phone),
        email: input.email?.toLowerCase() ?? null,
        passwordHash,
      });
      await recordAudit(
        tx,
        { ...ctx, actor: { kind: 'citizen', citizenId: row.id, fullName: row.fullName } },
        {
          action: 'identity.citizen.register',
          objectType: 'citizen',
          objectId: row.id,
          // Only the fact of registration is audited; the ID number and phone stay in the citizen record.
          summary: {},
        },
      );
    });
  } catch (error) {
    // Two registrations of the same number at once: the second one is a repeat like any other.
    if (!isUniqueViolation(error)) throw error;
    await db.transaction(async (tx) => {
      const existing = await findCitizenByPersonalId(tx, input.personalId);
      if (existing) await tellOwner(tx, ctx, existing);
    });
  }
  return REGISTRATION_RECEIVED;
}

/** At most one notice a day per account, so that repeated attempts cannot flood the owner's phone. */
async function tellOwner(tx: Db, ctx: RequestContext, citizen: CitizenRow): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const channels: { channel: NotificationJob['channel']; to: string }[] = [
    ...(citizen.phone ? [{ channel: 'sms' as const, to: citizen.phone }] : []),
    ...(citizen.email ? [{ channel: 'email' as const, to: citizen.email }] : []),
  ];
  for (const { channel, to } of channels) {
    const job: NotificationJob = {
      channel,
      to,
      template: 'identity.already-registered',
      data: { applicantName: citizen.fullName },
      messageKey: `identity.already-registered:${citizen.id}:${day}:${channel}`,
      subject: { type: 'citizen', id: citizen.id },
    };
    await enqueue(tx, NOTIFICATIONS_SEND, job, { dedupeKey: job.messageKey });
  }
  await recordAudit(tx, ctx, {
    action: 'identity.citizen.register-repeated',
    objectType: 'citizen',
    objectId: citizen.id,
    summary: { notified: channels.map((c) => c.channel) },
  });
}
