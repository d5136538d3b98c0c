import { randomUUID } from 'node:crypto';
import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import { agencySearchText, officialSearchText } from '../domain/normalise.ts';
import { hashPassword } from '../domain/security/passwords.ts';
import { countAgencies, findAgencyByCode, insertAgency } from '../repositories/agency.repository.ts';
import { findCitizenByPersonalId, insertCitizen } from '../repositories/citizen.repository.ts';
import { findOfficialByUsername, insertOfficial } from '../repositories/official.repository.ts';
import { DEMO_ACCOUNTS, DEMO_CITIZEN, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-accounts.ts';
import { buildDemoDirectory, DEMO_AGENCY_KEYS, type DemoAgency } from './demo-directory.ts';

export interface SeedReport {
  agenciesCreated: number;
  officialsCreated: number;
  citizensCreated: number;
  /** Demo directory key (e.g. 'stttt', 'ubnd-xa-29242') → agency id, for other modules' demo seeds. */
  agencyIdByKey: Record<string, string>;
  /** Demo username → official id. */
  officialIdByUsername: Record<string, string>;
}

/** Parents before children, so the foreign key to the parent always holds. */
function byDepth(list: DemoAgency[]): DemoAgency[] {
  const byKey = new Map(list.map((a) => [a.key, a]));
  const depth = (a: DemoAgency): number => (a.parentKey ? 1 + depth(byKey.get(a.parentKey)!) : 0);
  return [...list].sort((a, b) => depth(a) - depth(b));
}

/** Loads the Trà Vinh demo directory, one account per role and a demo citizen. Safe to run again. */
export async function seedIdentityDemo(
  db: Db,
  ctx: RequestContext,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<SeedReport> {
  const report: SeedReport = {
    agenciesCreated: 0,
    officialsCreated: 0,
    citizensCreated: 0,
    agencyIdByKey: {},
    officialIdByUsername: {},
  };
  const directory = byDepth(buildDemoDirectory());
  const idByKey = new Map<string, string>();

  await db.transaction(async (tx) => {
    const isEmpty = (await countAgencies(tx)) === 0;
    let done = 0;
    for (const a of directory) {
      const existing = isEmpty ? undefined : await findAgencyByCode(tx, a.code);
      if (existing) {
        idByKey.set(a.key, existing.id);
      } else {
        const id = randomUUID();
        idByKey.set(a.key, id);
        await insertAgency(tx, {
          id,
          code: a.code,
          abbreviation: a.abbreviation,
          name: a.name,
          nameEn: a.nameEn,
          kind: a.kind,
          level: a.level,
          sector: a.sector,
          parentId: a.parentKey ? idByKey.get(a.parentKey)! : null,
          adminUnitCode: a.adminUnitCode,
          usesDocumentManagement: a.usesDocumentManagement,
          onPrivateNetwork: a.onPrivateNetwork,
          validFrom: a.validFrom,
          validTo: a.validTo,
          searchText: agencySearchText(a),
        });
        report.agenciesCreated++;
      }
      options.onProgress?.(++done, directory.length);
    }
    if (report.agenciesCreated > 0) {
      await recordAudit(tx, ctx, {
        action: 'identity.directory.import',
        objectType: 'agency',
        summary: { created: report.agenciesCreated, source: 'demo directory (Trà Vinh 2021)' },
      });
    }
  });

  const agencyFor = {
    dic: directory.find((a) => a.key === DEMO_AGENCY_KEYS.dic),
    justice: directory.find((a) => a.key === 'stp'),
    commune: directory.find((a) => a.key === DEMO_AGENCY_KEYS.communeCommittee),
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const account of DEMO_ACCOUNTS) {
      const existing = await findOfficialByUsername(tx, account.username);
      if (existing) {
        report.officialIdByUsername[account.username] = existing.id;
        continue;
      }
      const agency = agencyFor[account.agencyKey];
      if (!agency)
        throw new Error(`demo directory has no agency for ${account.username} (${account.agencyKey})`);
      const needsTotp = account.roles.includes('system_admin') || account.roles.includes('agency_admin');
      const row = await insertOfficial(
        tx,
        {
          username: account.username,
          fullName: account.fullName,
          agencyId: idByKey.get(agency.key)!,
          position: account.position,
          email: `${account.username}@travinh.gov.vn`,
          passwordHash,
          totpSecret: needsTotp ? DEMO_TOTP_SECRET : null,
          searchText: officialSearchText({ fullName: account.fullName, username: account.username }),
        },
        account.roles,
      );
      await recordAudit(tx, ctx, {
        action: 'identity.official.create',
        objectType: 'official',
        objectId: row.id,
        agencyId: row.agencyId,
        summary: { username: row.username, roles: account.roles, source: 'demo' },
      });
      report.officialsCreated++;
      report.officialIdByUsername[account.username] = row.id;
    }
    if (!(await findCitizenByPersonalId(tx, DEMO_CITIZEN.personalId))) {
      const citizen = await insertCitizen(tx, { ...DEMO_CITIZEN, passwordHash });
      await recordAudit(tx, ctx, {
        action: 'identity.citizen.register',
        objectType: 'citizen',
        objectId: citizen.id,
        summary: { source: 'demo' },
      });
      report.citizensCreated++;
    }
  });
  report.agencyIdByKey = Object.fromEntries(idByKey);
  return report;
}
