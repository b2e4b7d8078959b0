// Size of what ships: the CDN bundle, and each package's define entry bundled with its dependencies
// (what a site pays for one widget alone), minified by esbuild, then gzip -9 and brotli -11.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const kb = (n) => Math.round((n / 1024) * 10) / 10;

function compressed(buf) {
  return {
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function measureSizes(root) {
  const rows = [];
  const bundle = readFileSync(join(root, 'packages/widgets/dist/rnswd-widgets.min.js'));
  const b = compressed(bundle);
  rows.push({ metric: 'CDN bundle (all elements), gzip', value: kb(b.gzip), unit: 'KB' });
  rows.push({ metric: 'CDN bundle (all elements), brotli', value: kb(b.brotli), unit: 'KB' });
  rows.push({
    metric: 'CDN bundle (all elements), minified',
    value: kb(bundle.length),
    unit: 'KB',
  });
  const entries = [
    ['core + <rnswd-network>', '@rnswd/core/define.js'],
    ['reflection-form', '@rnswd/reflection-form/define.js'],
    ['partner-directory', '@rnswd/partner-directory/define.js'],
    ['network-map', '@rnswd/network-map/define.js'],
    ['theme-tracker', '@rnswd/theme-tracker/define.js'],
  ];
  for (const [name, spec] of entries) {
    const pkgDir = join(root, 'packages', spec.split('/')[1]);
    if (!existsSync(join(pkgDir, 'dist'))) continue;
    const out = await build({
      stdin: { contents: `import '${spec}';`, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      conditions: ['browser', 'default'],
      target: 'es2022',
      logLevel: 'silent',
    }).catch(() => null);
    if (!out) continue;
    const c = compressed(Buffer.from(out.outputFiles[0].contents));
    rows.push({ metric: `${name} alone (with lit), gzip`, value: kb(c.gzip), unit: 'KB' });
    rows.push({ metric: `${name} alone (with lit), brotli`, value: kb(c.brotli), unit: 'KB' });
  }
  return rows;
}
