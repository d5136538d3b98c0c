import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import { createPkiDeps, type PkiDeps } from '../deps.ts';
import { listCertificates } from '../repositories/certificate.repository.ts';
import { approveRequest } from '../use-cases/approve-request.ts';
import { issueCertificate } from '../use-cases/issue-certificate.ts';
import { requestCertificate } from '../use-cases/request-certificate.ts';
import { ensureProvinceCa } from '../use-cases/shared/ca.ts';

export interface SeedPkiDemoInput {
  agencyIdByKey: Record<string, string>;
  officialIdByUsername: Record<string, string>;
  /** Needed when `db` is a bare database (default: PKI_MASTER_KEY from the environment). */
  masterKey?: string;
}

/**
 * Demo certificates for the Department of Information and Communications ('stttt'): its organisation
 * certificate (USB token, kept by the clerk) and personal certificates of its director and clerk.
 * Idempotent: does nothing when the agency already has certificates. Four RSA keys (CA + 3), about 2 s.
 */
export async function seedPkiDemo(
  dbOrDeps: Db | PkiDeps,
  ctx: RequestContext,
  input: SeedPkiDemoInput,
): Promise<{ created: number }> {
  const deps =
    'signer' in dbOrDeps
      ? dbOrDeps
      : createPkiDeps({
          db: dbOrDeps,
          masterKey: input.masterKey ?? process.env.PKI_MASTER_KEY ?? 'openprovince-demo-master-key',
        });
  const agencyId = input.agencyIdByKey.stttt;
  if (!agencyId) return { created: 0 };
  await ensureProvinceCa(deps);
  if ((await listCertificates(deps.db, { agencyId })).length > 0) return { created: 0 };
  const wanted = [
    {
      kind: 'organisation' as const,
      medium: 'usb_token' as const,
      holderName: 'Sở Thông tin và Truyền thông',
    },
    {
      kind: 'personal' as const,
      medium: 'usb_token' as const,
      holderName: 'Lãnh đạo Sở Thông tin và Truyền thông',
      holderTitle: 'Giám đốc',
      username: 'lanhdao.stttt',
    },
    {
      kind: 'personal' as const,
      medium: 'sim_pki' as const,
      holderName: 'Văn thư Sở Thông tin và Truyền thông',
      holderTitle: 'Văn thư',
      username: 'vanthu.stttt',
    },
  ];
  let created = 0;
  for (const w of wanted) {
    const holderOfficialId = 'username' in w ? input.officialIdByUsername[w.username!] : undefined;
    if (w.kind === 'personal' && !holderOfficialId) continue;
    const request = await requestCertificate(deps, ctx, {
      agencyId,
      kind: w.kind,
      medium: w.medium,
      holderName: w.holderName,
      ...('holderTitle' in w ? { holderTitle: w.holderTitle } : {}),
      ...(holderOfficialId ? { holderOfficialId } : {}),
      note: 'Dữ liệu mẫu / demo data',
    });
    await approveRequest(deps, ctx, { requestId: request.id, approve: true, note: 'Dữ liệu mẫu' });
    await issueCertificate(deps, ctx, { requestId: request.id });
    created++;
  }
  return { created };
}
