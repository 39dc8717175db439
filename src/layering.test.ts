/**
 * The layering of DESIGN.md, enforced: core imports nothing from the other layers and no I/O
 * (no node: built-ins); store does not import server, web or cli; server does not import web or
 * cli; web imports no server-side layer except pure core modules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : files(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [
    ...src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

function layerOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = relative(root, join(file, '..', spec));
  return target.split('/')[0] ?? null;
}

const forbidden: Record<string, string[]> = {
  core: ['store', 'server', 'web', 'cli'],
  store: ['server', 'web', 'cli'],
  server: ['web', 'cli'],
  web: ['store', 'server', 'cli'],
};

describe('layering (imports point down only)', () => {
  for (const layer of Object.keys(forbidden)) {
    it(`${layer} imports no higher layer`, () => {
      const bad: string[] = [];
      for (const f of files(join(root, layer))) {
        // tests are not shipped: browser tests start a real server, and unit tests may check the
        // web app's tables against the server's (e.g. who may see a screen)
        if (layer === 'web' && /\/testing\/|\.test\.tsx?$/.test(f)) continue;
        for (const spec of imports(f)) {
          const l = layerOf(f, spec);
          if (l && forbidden[layer]!.includes(l)) bad.push(`${relative(root, f)} → ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
  it('core does no I/O: no node: built-ins, no Date.now(), no Math.random()', () => {
    const bad: string[] = [];
    for (const f of files(join(root, 'core'))) {
      if (/\.test\.tsx?$/.test(f)) continue;
      const src = readFileSync(f, 'utf8');
      for (const spec of imports(f))
        if (
          spec.startsWith('node:') ||
          ['fs', 'path', 'pg', 'better-sqlite3', 'kysely', 'fastify'].includes(spec)
        )
          bad.push(`${relative(root, f)} imports ${spec}`);
      if (/Date\.now\(\)|new Date\(\)|Math\.random\(\)/.test(src))
        bad.push(`${relative(root, f)} reads the clock or randomness`);
    }
    expect(bad).toEqual([]);
  });
});
