/** The list of `calc` sub-commands. Add one line per engine. */
import type { Command } from 'commander';
import { calcBorCommand } from './calc-bor.command.ts';
import { calcCtcaeCommand } from './calc-ctcae.command.ts';
import { calcRecistCommand } from './calc-recist.command.ts';
import { calcScheduleCommand } from './calc-schedule.command.ts';

export const calcCommands: Array<() => Command> = [
  calcCtcaeCommand,
  calcRecistCommand,
  calcBorCommand,
  calcScheduleCommand,
];
