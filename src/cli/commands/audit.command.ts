/** `oncotrial audit verify`: checks the whole hash chain and the checkpoint; exit 1 when broken. */
import { Command } from 'commander';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { openStore } from '../../store/open-store.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

export function auditCommand(): Command {
  const audit = new Command('audit').description('the audit trail');
  audit.addCommand(
    new Command('verify')
      .description(
        'verify the audit chain: every link, every hash, and the checkpoint outside the database',
      )
      .option(
        '--data-dir <dir>',
        'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)',
      )
      .option('--json', 'print the result as JSON')
      .action(async (opts: { dataDir?: string; json?: boolean }) => {
        const store = await openStore(storeConfigFromEnv(process.env, opts.dataDir), {
          migrate: false,
        });
        try {
          const v = await verifyAuditChain(store);
          if (opts.json) process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
          else if (v.ok)
            process.stdout.write(
              `audit chain OK: ${v.events} events, head ${v.headSeq} ${v.headHash.slice(0, 16)}…\n`,
            );
          else
            process.stderr.write(
              `AUDIT CHAIN BROKEN at event ${v.firstBreak?.seq} (${v.firstBreak?.kind}): ${v.firstBreak?.message}\n`,
            );
          process.exitCode = v.ok ? 0 : 1;
        } finally {
          await store.close();
        }
      }),
  );
  return audit;
}
