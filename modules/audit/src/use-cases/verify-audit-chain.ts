import type { Db } from '@openprovince/db';
import { chainHash, GENESIS_HASH } from '../domain/hash-chain.ts';
import { countAuditRows, readAuditBatch } from '../repositories/audit-log.repository.ts';

export type AuditProblemKind = 'altered' | 'missing' | 'reordered' | 'anchor-mismatch';

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The record where the problem shows (for `missing`: the first record after the gap). */
  seq: number;
  message: string;
  messageEn: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  headSeq: number;
  headHash: string;
  problems: AuditProblem[];
}

export interface VerifyAuditChainInput {
  /** A `seq` and hash written down earlier by an auditor: detects truncation or a rewritten tail. */
  anchor?: { seq: number; hash: string };
  onProgress?: (checked: number, total: number) => void;
  batchSize?: number;
}

/**
 * Walks the chain in order and recomputes every hash. A changed field breaks that record's own hash;
 * a deleted record leaves a gap in `seq`; records swapped or re-inserted break the link to the previous
 * record's hash.
 */
export async function verifyAuditChain(
  db: Db,
  input: VerifyAuditChainInput = {},
): Promise<AuditVerification> {
  const total = await countAuditRows(db);
  const problems: AuditProblem[] = [];
  const batchSize = input.batchSize ?? 2000;
  let prev = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  let anchorSeen = false;
  for (;;) {
    const rows = await readAuditBatch(db, prev.seq, batchSize);
    if (rows.length === 0) break;
    for (const row of rows) {
      const { hash, prevHash, ...fields } = row;
      if (row.seq !== prev.seq + 1) {
        problems.push({
          kind: 'missing',
          seq: row.seq,
          message: `Thiếu bản ghi số ${prev.seq + 1}–${row.seq - 1} (đã bị xóa)`,
          messageEn: `Records ${prev.seq + 1}–${row.seq - 1} are missing (deleted)`,
        });
      } else if (prevHash !== prev.hash) {
        problems.push({
          kind: 'reordered',
          seq: row.seq,
          message: `Bản ghi số ${row.seq} không nối tiếp bản ghi trước (bị đảo thứ tự hoặc thay thế)`,
          messageEn: `Record ${row.seq} does not follow the previous record (reordered or replaced)`,
        });
      }
      if (chainHash(prevHash, fields) !== hash) {
        problems.push({
          kind: 'altered',
          seq: row.seq,
          message: `Nội dung bản ghi số ${row.seq} đã bị sửa`,
          messageEn: `Record ${row.seq} was altered`,
        });
      }
      if (input.anchor && row.seq === input.anchor.seq) {
        anchorSeen = true;
        if (hash !== input.anchor.hash) {
          problems.push({
            kind: 'anchor-mismatch',
            seq: row.seq,
            message: `Bản ghi số ${row.seq} khác với mốc kiểm tra đã lưu`,
            messageEn: `Record ${row.seq} differs from the recorded anchor`,
          });
        }
      }
      prev = { seq: row.seq, hash };
      checked++;
    }
    input.onProgress?.(checked, total);
  }
  if (input.anchor && !anchorSeen) {
    problems.push({
      kind: 'missing',
      seq: input.anchor.seq,
      message: `Không còn bản ghi số ${input.anchor.seq} đã được ghi làm mốc (nhật ký bị cắt bớt)`,
      messageEn: `Anchored record ${input.anchor.seq} no longer exists (the log was truncated)`,
    });
  }
  return { ok: problems.length === 0, checked, headSeq: prev.seq, headHash: prev.hash, problems };
}
