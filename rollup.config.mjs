// The CDN bundle: one self-contained, minified ES module that defines every element.
// Bundles the JavaScript that `tsc -b` emitted into packages/*/dist.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// tsc writes its `__decorate` helper into every module that uses decorators; the bundle needs it once.
const DECORATE = /^var __decorate = \(this && this\.__decorate\) \|\| function[^]*?\n};\n/;
const DECORATE_ID = 'virtual:rnswd-decorate';
function sharedDecorate() {
  return {
    name: 'rnswd-shared-decorate',
    resolveId: (id) => (id === DECORATE_ID ? `\0${DECORATE_ID}` : null),
    load(id) {
      if (id !== `\0${DECORATE_ID}`) return null;
      // The helper as tsc writes it (module code: no `this` to look it up on).
      return `export function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}`;
    },
    transform(code) {
      const m = DECORATE.exec(code);
      if (!m) return null;
      // Same number of lines, so the source map of the rest of the module still holds.
      const lines = m[0].split('\n').length - 1;
      const head = `import { __decorate } from '${DECORATE_ID}';` + '\n'.repeat(lines);
      return { code: head + code.slice(m[0].length), map: null };
    },
  };
}

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
    sharedDecorate(),
    minifyLiterals(),
    // Two passes; property reads have no side effects in our code or the libraries bundled (no getter
    // is read for its effect), so unused reads may go and reads may move.
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2, pure_getters: true },
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
