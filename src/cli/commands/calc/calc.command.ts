/**
 * `oncotrial calc …`: the clinical engines as JSON-in/JSON-out commands for scripts.
 * Each sub-command lives in its own `calc-*.command.ts` file and is listed in `calc-commands.ts`.
 */
import { Command } from 'commander';
import { calcCommands } from './calc-commands.ts';

export function calcCommand(): Command {
  const calc = new Command('calc').description(
    'run a clinical calculation: JSON on stdin or --in FILE, JSON on stdout; bad input exits 2',
  );
  for (const make of calcCommands) calc.addCommand(make());
  return calc;
}
