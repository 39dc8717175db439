/**
 * The `oncotrial` command line: the same core and store as the server.
 * Commands set `process.exitCode` (0 ok, 2 bad input, 1 failure); `main` returns it.
 */
import { Command, CommanderError } from 'commander';
import { auditCommand } from './commands/audit.command.ts';
import { backupCommand } from './commands/backup.command.ts';
import { calcCommand } from './commands/calc/calc.command.ts';
import { cutCommand } from './commands/cut.command.ts';
import { demoCommand } from './commands/demo.command.ts';
import { exportCommand } from './commands/export.command.ts';
import { migrateCommand } from './commands/migrate.command.ts';
import { reportCommand } from './commands/report.command.ts';
import { restoreCommand } from './commands/restore.command.ts';
import { serveCommand } from './commands/serve.command.ts';
import { userCommand } from './commands/user.command.ts';

export function buildProgram(): Command {
  const program = new Command('oncotrial')
    .description('oncotrial: runs a single-arm oncology trial end to end')
    .version('0.1.0')
    .showHelpAfterError();
  program.addCommand(serveCommand());
  program.addCommand(migrateCommand());
  program.addCommand(auditCommand());
  program.addCommand(backupCommand());
  program.addCommand(restoreCommand());
  program.addCommand(calcCommand());
  program.addCommand(demoCommand());
  program.addCommand(cutCommand());
  program.addCommand(reportCommand());
  program.addCommand(exportCommand());
  program.addCommand(userCommand());
  return program;
}

function exitOverrideAll(c: Command): void {
  c.exitOverride();
  for (const sub of c.commands) exitOverrideAll(sub);
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  exitOverrideAll(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
