// The CDN bundle: one self-contained, minified ES module that defines every element.
// Bundles the JavaScript that `tsc -b` emitted into packages/*/dist.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

export default {
  input: 'packages/widgets/dist/define.js',
  output: {
    file: 'packages/widgets/dist/rnswd-widgets.min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // `default` (not `source`): bundle the compiled dist of each workspace package.
    nodeResolve({ browser: true, exportConditions: ['browser', 'default'] }),
    // Whitespace and comments out of the html`` and css`` templates (terser leaves template text alone).
    minifyLiterals(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
