import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // No network here, and privacy by default: no telemetry.
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../demo/data', to: '/demo/data' },
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  async viteFinal(viteConfig) {
    // Resolve workspace packages to their TypeScript sources (the `source` export condition).
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};

export default config;
