/** The list of `calc` sub-commands. Add one line per engine. */
import type { Command } from 'commander';
import { calcBinomCiCommand } from './calc-binom-ci.command.ts';
import { calcBorCommand } from './calc-bor.command.ts';
import { calcCtcaeCommand } from './calc-ctcae.command.ts';
import { calcEndpointsCommand } from './calc-endpoints.command.ts';
import { calcKmCommand } from './calc-km.command.ts';
import { calcPredprobCommand } from './calc-predprob.command.ts';
import { calcRecistCommand } from './calc-recist.command.ts';
import { calcScheduleCommand } from './calc-schedule.command.ts';
import { calcSimonCommand } from './calc-simon.command.ts';

export const calcCommands: Array<() => Command> = [
  calcCtcaeCommand,
  calcRecistCommand,
  calcBorCommand,
  calcKmCommand,
  calcBinomCiCommand,
  calcSimonCommand,
  calcPredprobCommand,
  calcEndpointsCommand,
  calcScheduleCommand,
];
