import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      'test-results/**',
      'bench/tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.{js,ts}'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.{js,ts}'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only']",
          message: 'No focused tests on main.',
        },
        {
          selector: "CallExpression[callee.property.name='skip']",
          message: 'No skipped tests on main.',
        },
        { selector: "CallExpression[callee.name='xit']", message: 'No skipped tests on main.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Partner data is text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Partner data is text.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: [
      '**/*.mjs',
      '**/*.cjs',
      'packages/endpoint/**/*.js',
      'scripts/**',
      'bench/**',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
