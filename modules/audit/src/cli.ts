import { parseArgs } from 'node:util';
import type { CliTools } from '@openprovince/platform/module';
import type { AuditDeps } from './module.ts';
import { verifyAuditChain } from './use-cases/verify-audit-chain.ts';

/** `audit verify`: exit 0 when the chain is intact, 1 when any record was altered, removed or reordered. */
export async function verifyAuditCommand(deps: AuditDeps, args: string[], tools: CliTools): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { anchor: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals[0] !== 'verify') {
    console.error('Dùng / usage: openprovince audit verify [--anchor SEQ:HASH] [--json]');
    return 2;
  }
  let anchor: { seq: number; hash: string } | undefined;
  if (values.anchor) {
    const [seq, hash] = values.anchor.split(':');
    if (!seq || !hash || !/^\d+$/.test(seq)) {
      console.error('--anchor phải có dạng SEQ:HASH / must look like SEQ:HASH');
      return 2;
    }
    anchor = { seq: Number(seq), hash };
  }
  {
    const bar = values.json ? undefined : tools.progress('audit verify');
    const result = await verifyAuditChain(deps.db, {
      ...(anchor ? { anchor } : {}),
      onProgress: (done, total) => bar?.update(done, total),
    });
    bar?.stop();
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
    } else if (result.ok) {
      console.log(`Nhật ký toàn vẹn / audit log intact: ${result.checked} bản ghi / records.`);
      console.log(
        `Mốc hiện tại (ghi lại để lần sau kiểm tra với --anchor) / current anchor: ${result.headSeq}:${result.headHash}`,
      );
    } else {
      console.log(`PHÁT HIỆN SAI LỆCH / TAMPERING DETECTED (${result.problems.length}):`);
      for (const p of result.problems) console.log(`  #${p.seq} [${p.kind}] ${p.message} / ${p.messageEn}`);
    }
    return result.ok ? 0 : 1;
  }
}
