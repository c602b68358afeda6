// Bundles the server into dist/ with esbuild. Workspace packages (TypeScript sources) are
// bundled in; everything from node_modules stays external and is loaded at run time.
import { build } from 'esbuild';

const externalNodeModules = {
  name: 'external-node-modules',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@anteckna/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

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
  sourcemap: true,
  plugins: [externalNodeModules],
  logLevel: 'warning',
});
