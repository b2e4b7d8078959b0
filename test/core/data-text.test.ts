import { expect } from '@open-wc/testing';
import { textOf } from '../../packages/core/src/data/index.js';

describe('textOf', () => {
  it('returns a plain string in every language', () => {
    expect(textOf('Wijkteams', 'nl')).to.equal('Wijkteams');
    expect(textOf('Wijkteams', 'en')).to.equal('Wijkteams');
  });

  it('picks the language asked for', () => {
    const t = { nl: 'Wijkteams', en: 'District teams' };
    expect(textOf(t, 'nl')).to.equal('Wijkteams');
    expect(textOf(t, 'en')).to.equal('District teams');
  });

  it('falls back to the other language', () => {
    expect(textOf({ nl: 'Alleen Nederlands' }, 'en')).to.equal('Alleen Nederlands');
    expect(textOf({ en: 'English only' }, 'nl')).to.equal('English only');
    expect(textOf({ nl: '', en: 'Empty Dutch' }, 'nl')).to.equal('Empty Dutch');
  });

  it('gives an empty string for nothing', () => {
    expect(textOf(undefined, 'nl')).to.equal('');
    expect(textOf({}, 'en')).to.equal('');
    expect(textOf('', 'en')).to.equal('');
  });

  it('returns markup as the same plain text', () => {
    expect(textOf({ nl: '<b>vet</b>' }, 'nl')).to.equal('<b>vet</b>');
  });
});
