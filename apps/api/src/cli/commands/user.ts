import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DataDirLockedError } from '@openprovince/db';
import {
  createOfficial,
  DEMO_TOTP_SECRET,
  enrollSecondFactor,
  findOfficialIdByUsername,
  identityApi,
  totpAt,
} from '@openprovince/identity';
import { IDENTITY_ROLES } from '@openprovince/identity/contracts';
import { newId, systemActor } from '@openprovince/platform';
import { withDatabase } from '../with-database.ts';

const ctx = () => ({ actor: systemActor('cli'), requestId: `cli-${newId()}` });

export async function userCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      'agency-code': { type: 'string' },
      password: { type: 'string' },
    },
  });
  const [sub, target] = positionals;
  if (sub === 'create-admin') {
    if (!values.username || !values['full-name'] || !values['agency-code']) {
      console.error(
        'Dùng / usage: openprovince user create-admin --username U --full-name "Họ tên" --agency-code CODE [--password P]',
      );
      return 2;
    }
    const password = values.password ?? randomBytes(12).toString('base64url');
    return withDatabase(async ({ db }) => {
      const agency = await identityApi.getAgencyByCode(db, { code: values['agency-code']! });
      // The administrator role is identity's own, in every composition of the platform.
      const official = await createOfficial({ db, roles: IDENTITY_ROLES }, ctx(), {
        username: values.username!,
        fullName: values['full-name']!,
        agencyId: agency.id,
        password,
        roles: ['system_admin'],
      });
      const totp = await enrollSecondFactor(db, ctx(), { id: official.id });
      console.log(`Đã tạo / created: ${official.username} (${agency.name})`);
      if (!values.password) console.log(`Mật khẩu / password: ${password}`);
      console.log(`Khóa TOTP / TOTP secret: ${totp.secret}`);
      console.log(`Quét bằng ứng dụng xác thực / scan in an authenticator app: ${totp.uri}`);
      return 0;
    });
  }
  if (sub === 'totp' && target) {
    return withDatabase(async ({ db }) => {
      const found = await findOfficialIdByUsername(db, { username: target });
      if (!found) {
        console.error(`Không có tài khoản / no account: ${target}`);
        return 1;
      }
      const totp = await enrollSecondFactor(db, ctx(), { id: found.id });
      console.log(`Khóa TOTP mới / new TOTP secret: ${totp.secret}\n${totp.uri}`);
      return 0;
    });
  }
  if (sub === 'totp-code' && target) {
    try {
      return await withDatabase(async ({ db }) => {
        const found = await findOfficialIdByUsername(db, { username: target });
        // Only the demo accounts' public secret is printable; a real secret stays in the authenticator app.
        if (!found?.totpSecret || found.totpSecret !== DEMO_TOTP_SECRET) {
          console.error('Chỉ dùng cho tài khoản mẫu / only for demo accounts');
          return 1;
        }
        console.log(totpAt(found.totpSecret, new Date()));
        return 0;
      });
    } catch (error) {
      // The running server holds the embedded database; the demo secret is public, so its code needs none.
      if (!(error instanceof DataDirLockedError)) throw error;
      console.error(
        `Máy chủ đang chạy (PID ${error.owner.pid}): đây là mã của khóa TOTP mẫu ${DEMO_TOTP_SECRET}, mỗi mã chỉ dùng một lần / ` +
          'the server is running: this is the code of the public demo TOTP secret, each code works once',
      );
      console.log(totpAt(DEMO_TOTP_SECRET, new Date()));
      return 0;
    }
  }
  console.error('Dùng / usage: openprovince user (create-admin|totp <username>|totp-code <username>)');
  return 2;
}
