/**
 * The rule codes written in the source (core, store, server, cli), for the test that the web has
 * a translation of each. It reads `rule: '…'` literals and the second argument of `invalid(…)`,
 * and, in each file, calls of a local helper whose parameter is named `rule` (`add(path, rule,
 * message)`, `fail(rule, message)`, `order(severity, rule, …)`) at that parameter's position.
 * Rules built from a template (`${scope}-lock`) are not seen: `rule-messages.ts` lists their
 * expansions by hand. Export self-checks (cdisc format/sdtm/odm) never reach a screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIP = /(^|\/)(web|cdisc\/(format|sdtm|odm))(\/|$)|prohibited-medication-matcher\.ts$/;
/** One argument: a string, a template, or an expression with at most one level of parentheses. */
const ARG = String.raw`(?:'[^']*'|\`[^\`]*\`|[^,()'\`]+(?:\([^()]*\))?[^,()'\`]*)`;
const CODE = /^[a-z0-9_][a-z0-9_.-]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Helpers defined in `source` with a parameter named `rule`, and its position. */
function ruleHelpers(source: string): Map<string, number> {
  const out = new Map<string, number>([
    ['invalid', 1],
    ['requirePermission', 1],
  ]);
  const def = /(?:const|function)\s+(\w+)\s*=?\s*(?:<[^>]*>)?\(([^()]*)\)\s*(?::[^=]*)?(?:=>|\{)/g;
  for (const m of source.matchAll(def)) {
    const params = (m[2] ?? '').split(',').map((p) => p.trim().split(/[\s:?]/)[0]);
    const at = params.indexOf('rule');
    if (at >= 0 && m[1]) out.set(m[1], at);
  }
  return out;
}

function codesIn(source: string): string[] {
  const found = [...source.matchAll(/\brule:\s*'([^']+)'/g)].map((m) => m[1] ?? '');
  for (const [name, at] of ruleHelpers(source)) {
    const call = new RegExp(String.raw`\b${name}\(\s*${`${ARG},\\s*`.repeat(at)}'([^']+)'`, 'g');
    for (const m of source.matchAll(call)) found.push(m[1] ?? '');
  }
  return found.filter((c) => CODE.test(c));
}

/** Each code with the files that write it, e.g. `label-unique → [store/specimens/…]`. */
export function ruleCodesInSource(srcRoot: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of sourceFiles(srcRoot)) {
    const rel = relative(srcRoot, f);
    if (SKIP.test(rel)) continue;
    for (const code of codesIn(readFileSync(f, 'utf8'))) {
      out.set(code, [...new Set([...(out.get(code) ?? []), rel])]);
    }
  }
  return out;
}
