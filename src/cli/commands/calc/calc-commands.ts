/** The list of `calc` sub-commands. Add one line per engine. */
import type { Command } from 'commander';

export const calcCommands: Array<() => Command> = [];
