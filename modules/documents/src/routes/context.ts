import { AppError, isAppError, type RequestContext } from '@openprovince/platform';
import type { FastifyRequest } from 'fastify';
import type { DocumentDeps } from '../deps.ts';

export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: String(request.id), ip: request.ip };
}

export function agencyOfActor(request: FastifyRequest): string {
  return request.actor.kind === 'official' ? request.actor.agencyId : '';
}

/** A draft's PDF arrives as a raw body (PUT /api/documents/:id/file). */
export const PDF_UPLOAD_LIMIT = 20 * 1024 * 1024;
/** An edXML package carries its attachments in base64: up to 30 MB (POST /api/edxml/import). */
export const EDXML_UPLOAD_LIMIT = 30 * 1024 * 1024;

/**
 * Signing, issuing and copying ask for the password (and TOTP when the account has it) again. The person
 * typed only a password here, so a refusal says the password (or the code) is wrong, next to that field,
 * rather than the sign-in page's "user name or password".
 */
export async function reauthenticated(
  deps: DocumentDeps,
  ctx: RequestContext,
  credentials: { password: string; totp?: string | undefined },
): Promise<string> {
  const { password, totp } = credentials;
  try {
    return await deps.reauth.prove(ctx, { password, ...(totp ? { totp } : {}) });
  } catch (error) {
    throw reauthenticationRefusal(error);
  }
}

function reauthenticationRefusal(error: unknown): unknown {
  if (!isAppError(error)) return error;
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return AppError.forField({
        code: 'PASSWORD_INCORRECT',
        path: '/body/password',
        message: 'Mật khẩu không đúng. Vui lòng nhập lại mật khẩu đăng nhập của bạn.',
        messageEn: 'The password is incorrect. Type your sign-in password again.',
        cause: error,
      });
    case 'SECOND_FACTOR_REQUIRED':
      return AppError.forField({
        code: 'SECOND_FACTOR_REQUIRED',
        path: '/body/totp',
        message: 'Tài khoản này cần mã xác thực hai lớp (6 chữ số)',
        messageEn: 'This account needs its one-time code (6 digits)',
        cause: error,
      });
    case 'SECOND_FACTOR_INVALID':
      return AppError.forField({
        code: 'SECOND_FACTOR_INVALID',
        path: '/body/totp',
        message: 'Mã xác thực hai lớp không đúng',
        messageEn: 'The one-time code is incorrect',
        cause: error,
      });
    default:
      return error;
  }
}
