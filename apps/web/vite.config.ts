import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes `<file>.br` and `<file>.gz` beside each text file of the build (not the source maps), once, at the
 * strongest levels, so the API serves them compressed without compressing per request (@fastify/static
 * `preCompressed`). A slow phone on 3G/4G then downloads about a third of the bytes.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'openprovince:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
        );
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        const br = brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        });
        const gz = gzipSync(body, { level: 9 });
        if (br.length < body.length) writeFileSync(`${file}.br`, br);
        if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

/**
 * react-router 7's package exports point at its development build in every mode (remix-run/react-router
 * #12437, #14753: "intended to be temporary"): dev warnings and checks on every render of a phone's first
 * page. The production build sits beside it; the web build takes that one.
 */
const reactRouterProduction = join(
  dirname(dirname(createRequire(import.meta.url).resolve('react-router'))),
  'production/index.mjs',
);

// The API serves the built files at / (apps/api, @fastify/static with SPA fallback); in development Vite
// serves them and forwards /api to the API started with `npm run dev` at the root.
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  resolve: {
    alias: command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  plugins: [react(), precompress()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One chunk for React and one for antd's shared core, so that route chunks stay small and cacheable.
    rolldownOptions: {
      // The web app imports permission names and states from the modules' contracts, whose other files
      // build TypeBox schemas at load time. Declaring contracts, platform/schema and TypeBox free of side
      // effects (they are: they only build objects) lets the bundle drop every schema the web app does not
      // use, so TypeBox (about 45 kB) stays off the citizen's phone.
      treeshake: {
        moduleSideEffects: [
          { test: /node_modules[\\/]typebox[\\/]/, sideEffects: false },
          { test: /modules[\\/][^\\/]+[\\/]src[\\/]contracts[\\/]/, sideEffects: false },
          { test: /packages[\\/]platform[\\/]src[\\/](schema|workflow)[\\/]/, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            // What every citizen page shares (UI primitives, API client, session, the catalogue's and the
            // dossiers' API and helpers): one request instead of a dozen tiny ones, since a phone on slow
            // 4G pays a round trip per file over HTTP/1.1. No antd or ECharts in here: primitives built on
            // antd live in ui/workspace/ and stay out (src/architecture.test.ts checks it). The modules'
            // permission names and states (their contracts) that the router and the pages read go here too.
            {
              name: 'portal',
              test: /apps[\\/]web[\\/]src[\\/](ui[\\/](?!workspace[\\/])|api[\\/]|app[\\/]routes\.ts|modules[\\/]identity[\\/]hooks[\\/]use-session|modules[\\/](services|dossiers)[\\/](api|utils)[\\/]|modules[\\/]services[\\/]components[\\/]service-level-badge)|node_modules[\\/](openapi-fetch|dayjs)[\\/]|[\\/]modules[\\/][a-z-]+[\\/]src[\\/]contracts[\\/]|apps[\\/]web[\\/]src[\\/]app[\\/]permissions\.ts/,
            },
          ],
        },
      },
    },
  },
}));
