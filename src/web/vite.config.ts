/**
 * Build of the web app: `vite build --config src/web/vite.config.ts` writes `dist/web`, which the
 * server serves (SPA fallback to index.html). `vite --config src/web/vite.config.ts` runs the dev
 * server with `/api` proxied to a local `oncotrial serve` on port 3000.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = import.meta.dirname;

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(webRoot, '../../dist/web'),
    emptyOutDir: true,
    // screens are split by route (React.lazy); the initial chunk holds only the shell
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
