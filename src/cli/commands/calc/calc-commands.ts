/** The list of `calc` sub-commands. Add one line per engine. */
import type { Command } from 'commander';
import { calcCtcaeCommand } from './calc-ctcae.command.ts';

export const calcCommands: Array<() => Command> = [calcCtcaeCommand];
