import type { Db } from '@openprovince/db';
import {
  ensureRegister,
  insertEntry,
  type RegisterRow,
  type SeriesKey,
  takeNextNumber,
} from '../../repositories/register.repository.ts';

export function registerName(key: Omit<SeriesKey, 'agencyId'>): string {
  const base =
    key.direction === 'outgoing'
      ? 'Sổ đăng ký văn bản đi'
      : key.direction === 'incoming'
        ? 'Sổ đăng ký văn bản đến'
        : 'Sổ quản lý bản sao văn bản';
  const secret = key.secrecy === 'secret' ? ' (văn bản mật)' : '';
  const legal = key.legalType
    ? ` — ${key.legalType === 'NQ' ? 'Nghị quyết' : 'Quyết định'} quy phạm pháp luật`
    : '';
  return `${base}${secret}${legal} năm ${key.year}`;
}

/** The series a document belongs to: secret documents and each legal type have their own (Art. 15 §1). */
export function seriesFor(input: {
  agencyId: string;
  year: number;
  direction: 'outgoing' | 'incoming' | 'copy';
  secrecy: string;
  legalType?: string | null;
}): SeriesKey {
  return {
    agencyId: input.agencyId,
    year: input.year,
    direction: input.direction,
    secrecy: input.secrecy === 'normal' ? 'normal' : 'secret',
    legalType: input.direction === 'outgoing' ? (input.legalType ?? '') : '',
  };
}

/**
 * Allocates the next number of a series inside the caller's transaction. The counter row stays locked
 * until that transaction ends; if it rolls back, so does the number (gap-free); if it commits, the entry
 * records which document took it (unique per register: never doubled).
 */
export async function allocateNumber(
  tx: Db,
  input: { series: SeriesKey; outgoingId?: string; incomingId?: string; copyId?: string; at: Date },
): Promise<{ register: RegisterRow; number: number }> {
  const register = await ensureRegister(tx, { ...input.series, name: registerName(input.series) });
  const number = await takeNextNumber(tx, register.id);
  await insertEntry(tx, {
    registerId: register.id,
    number,
    ...(input.outgoingId ? { outgoingId: input.outgoingId } : {}),
    ...(input.incomingId ? { incomingId: input.incomingId } : {}),
    ...(input.copyId ? { copyId: input.copyId } : {}),
    at: input.at,
  });
  return { register, number };
}
