// Custom elements manifest: `npm run analyze` (part of `npm run build`). JSDoc in the element classes
// (@fires, @csspart, @cssprop, @slot, @summary) feeds it; the shared tokens are added to every element.
import { readFileSync } from 'node:fs';

/** The shared tokens from packages/core/src/styles/tokens.ts (read as text: no build needed). */
export function sharedTokens() {
  const source = readFileSync(
    new URL('./packages/core/src/styles/tokens.ts', import.meta.url),
    'utf8',
  );
  const tokens = [];
  const re =
    /name: '(--rnswd-[a-z0-9-]+)',\s*(?:basis: '(--basis-[a-z0-9-]+)',\s*)?fallback: '([^']*)',\s*description:\s*'((?:[^'\\]|\\.)*)'/g;
  for (const m of source.matchAll(re)) {
    tokens.push({ name: m[1], basis: m[2], fallback: m[3], description: m[4] });
  }
  return tokens;
}

function sharedTokensPlugin() {
  const tokens = sharedTokens();
  return {
    name: 'rnswd-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          decl.cssProperties ??= [];
          for (const t of tokens) {
            if (decl.cssProperties.some((p) => p.name === t.name)) continue;
            decl.cssProperties.push({
              name: t.name,
              description: `${t.description} Shared by every rnswd element; falls back to \`${t.basis ?? 'none'}\`.`,
              default: t.fallback,
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [sharedTokensPlugin()],
};
