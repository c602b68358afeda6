// Bundles the server into dist/ with esbuild. Workspace packages (TypeScript sources) and the
// pure-JavaScript libraries that serve collaboration and the API are bundled in: one file loads
// in a fraction of the time Node needs to resolve, read and compile several hundred small module
// files, which is most of a restart. Everything else from node_modules (native addons, the export
// renderers' pdfkit, docx and fonts, anything added later) stays external and is loaded at run
// time. What is imported dynamically (the export renderers) becomes a chunk of its own, loaded on
// first use.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLED_PACKAGES = new Set([
  'hono',
  '@hono/node-server',
  '@hono/zod-openapi',
  '@hono/zod-validator',
  '@asteasolutions/zod-to-openapi',
  'zod',
  'openapi3-ts',
  'drizzle-orm',
  'yjs',
  'lib0',
  'y-protocols',
  'ws',
  'diff',
  'rate-limiter-flexible',
  'iconv-lite',
  'csv-stringify',
  'fastest-levenshtein',
]);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const externalNodeModules = {
  name: 'external-node-modules',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = packageName(args.path);
      if (name.startsWith('@anteckna/') || BUNDLED_PACKAGES.has(name)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

// Chunk names carry a hash: without a clean dist/ every build would leave the last one's chunks
// beside the new ones, and a deploy that copies dist/ would carry them all.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: {
    main: 'src/main.ts',
    verify: 'src/verify.ts',
    importCli: 'src/importCli.ts',
    check: 'src/checkCli.ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS (ws) calls require() for Node's own modules and optional addons.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  // Without comments and indentation, and so in ASCII: V8 keeps every script's source text in
  // memory (to compile functions lazily), and one non-Latin-1 character in a comment (a dash,
  // an arrow) made it keep the 2.2 MB main chunk as a two-byte string of 4.4 MB. Names are kept
  // for readable stack traces; the source maps lead back to the sources.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  plugins: [externalNodeModules],
  logLevel: 'warning',
});
