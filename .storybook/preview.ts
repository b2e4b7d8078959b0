import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../stories/themes/themes.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    tokens: {
      description: 'NL Design System-style theme of the host page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No theme (system defaults)' },
          { value: 'gemeente', title: 'NLDS-style: voorbeeldgemeente' },
          { value: 'hogeschool', title: 'NLDS-style: hogeschool (dark)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nl', tokens: 'none' },
  decorators: [
    (story, context) => {
      const lang = (context.globals.lang as string) ?? 'nl';
      const tokens = (context.globals.tokens as string) ?? 'none';
      return html`<div lang=${lang} class=${tokens === 'none' ? '' : `example-theme--${tokens}`}>
        ${story()}
      </div>`;
    },
  ],
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
