/**
 * `oncotrial calc endpoints`: subject records in; ORR and DCR with exact CIs, PFS/OS/DoR
 * Kaplan–Meier summaries, the Simon decision and each subject's BOR, PFS and OS with reason
 * codes out.
 */
import { Command } from 'commander';
import { analyseEndpoints } from '../../../core/endpoints/endpoints-analysis.ts';
import { endpointsInputSchema } from '../../../core/endpoints/endpoints-input.schema.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';

export function calcEndpointsCommand(): Command {
  return new Command('endpoints')
    .description(
      'trial endpoints from subject records: {subjects, parameters?, recistRules?, design?, …}',
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, endpointsInputSchema, (i) => analyseEndpoints(i));
    });
}
