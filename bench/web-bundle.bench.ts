/**
 * Web app bundle size: builds the app (`vite build --config src/web/vite.config.ts`, unless
 * `--no-build`) and prints each file of dist/web with its raw and gzipped size (zlib level 9,
 * what a server with gzip on would send), largest first, and the initial load (index.html and
 * what it links).
 *
 * Run: node --import tsx bench/web-bundle.bench.ts [--no-build]
 * Writes bench-results/web-bundle.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist/web');

if (!process.argv.includes('--no-build')) {
  const b = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'src/web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (b.status !== 0) {
    console.error('vite build failed');
    process.exit(1);
  }
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  initial: boolean;
}

const index = readFileSync(join(out, 'index.html'), 'utf8');
const chunks: Chunk[] = files(out)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .map((f) => {
    const body = readFileSync(f);
    const name = relative(out, f);
    return {
      file: name,
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      initial: name === 'index.html' || index.includes(`/${name}`),
    };
  })
  .sort((a, b) => b.gzipBytes - a.gzipBytes);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
for (const c of chunks)
  console.log(
    `${c.file.padEnd(48)} ${kb(c.bytes).padStart(10)}  gzip ${kb(c.gzipBytes).padStart(9)}${c.initial ? '  (initial)' : ''}`,
  );
const sum = (xs: Chunk[], k: 'bytes' | 'gzipBytes') => xs.reduce((a, c) => a + c[k], 0);
const initial = chunks.filter((c) => c.initial);
const totals = {
  files: chunks.length,
  bytes: sum(chunks, 'bytes'),
  gzipBytes: sum(chunks, 'gzipBytes'),
  initialBytes: sum(initial, 'bytes'),
  initialGzipBytes: sum(initial, 'gzipBytes'),
};
console.log(
  `total ${chunks.length} files: ${kb(totals.bytes)} (gzip ${kb(totals.gzipBytes)}); initial load: ${kb(totals.initialBytes)} (gzip ${kb(totals.initialGzipBytes)})`,
);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results/web-bundle.json'),
  `${JSON.stringify({ benchmark: 'web-bundle', at: new Date().toISOString(), totals, chunks }, null, 2)}\n`,
);
console.log('wrote bench-results/web-bundle.json');
