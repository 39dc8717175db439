#!/usr/bin/env node
// The `oncotrial` command. The sources are TypeScript; tsx compiles them on load so that a
// fresh clone runs without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
