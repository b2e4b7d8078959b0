import { expect } from '@open-wc/testing';
import { safeParse } from 'valibot';
import {
  formatProblem,
  MAX_PROBLEMS,
  networkSchema,
  validateNetwork,
} from '../../packages/core/src/data/index.js';
import type { Problem, ValidationResult } from '../../packages/core/src/data/index.js';
import { generateNetwork, hostileNetwork } from '../../demo/data/generate-network.js';

type Doc = Record<string, unknown> & {
  partners: Record<string, unknown>[];
  themes: Record<string, unknown>[];
  workingGroups: Record<string, unknown>[];
  relations: Record<string, unknown>[];
};

/** A small valid document; each test breaks one thing in its own copy. */
function doc(): Doc {
  return {
    version: 1,
    id: 'test',
    name: { nl: 'Testnetwerk', en: 'Test network' },
    themes: [
      {
        id: 't1',
        title: 'Wijkteams',
        status: 'active',
        workingGroupId: 'wg1',
        partnerIds: ['p1', 'p2'],
        milestones: [{ title: 'Start', due: '2025-03-01', done: true, doneAt: '2025-03-02' }],
        updates: [{ date: '2025-03-01T09:30:00Z', text: { en: 'Started' } }],
        startedAt: '2025-01-01',
        priority: 1,
      },
      { id: 't2', title: { nl: 'Schulden' }, status: 'proposed' },
    ],
    workingGroups: [{ id: 'wg1', name: 'Intervisie', themeIds: ['t1'], partnerIds: ['p1'] }],
    partners: [
      {
        id: 'p1',
        name: 'Gemeente Dordrecht',
        kind: 'municipality',
        municipality: 'Dordrecht',
        municipalityCode: 'GM0505',
        location: { lat: 51.81, lon: 4.69 },
        website: 'https://example.org/',
        themeIds: ['t1'],
      },
      { id: 'p2', name: 'Cliëntenraad', kind: 'client-organisation', themeIds: ['t1', 't2'] },
      { id: 'p3', name: 'Buurtinitiatief', kind: 'citizen-initiative' },
    ],
    relations: [
      { source: 'p1', target: 'p2', kind: 'collaboration', label: { nl: 'Samen' } },
      { source: 'p2', target: 'p3', kind: 'care-chain' },
    ],
  };
}

function errorsOf(mutate: (d: Doc) => void): string[] {
  const d = doc();
  mutate(d);
  const result = validateNetwork(d);
  expect(result.network, 'a document with errors has no network').to.equal(null);
  return result.errors.map(formatProblem);
}

function warningsOf(mutate: (d: Doc) => void): { result: ValidationResult; warnings: Problem[] } {
  const d = doc();
  mutate(d);
  const result = validateNetwork(d);
  expect(result.errors).to.deep.equal([]);
  expect(result.network).to.not.equal(null);
  return { result, warnings: result.warnings };
}

describe('validateNetwork', () => {
  it('accepts the Zuid-Holland Zuid sample with no errors and no warnings', async () => {
    const data = (await (await fetch('/demo/data/zhz-network.json')).json()) as unknown;
    const result = validateNetwork(data);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.network!.id).to.equal('zhz');
    expect(result.network!.partners.length).to.be.at.least(40);
    const kinds = new Set(result.network!.partners.map((p) => p.kind));
    expect(kinds.size).to.equal(6);
    const statuses = new Set(result.network!.themes.map((t) => t.status));
    expect([...statuses].sort()).to.deep.equal(['active', 'completed', 'paused', 'proposed']);
    expect(result.network!.partners.some((p) => !p.location)).to.equal(true);
    expect(result.network!.partners.some((p) => p.name.startsWith('Cliëntenraad'))).to.equal(true);
  });

  it('accepts a small document and returns it cleaned', () => {
    const result = validateNetwork(doc());
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.network!.partners.map((p) => p.id)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(result.network!.themes[0].milestones[0].doneAt).to.equal('2025-03-02');
  });

  it('rejects what is not an object', () => {
    for (const input of [null, undefined, 42, 'text', [doc()]]) {
      const result = validateNetwork(input);
      expect(result.network).to.equal(null);
      expect(result.errors).to.deep.equal([
        { path: '', message: 'expected a JSON object (the network document)', code: 'schema' },
      ]);
    }
  });

  describe('schema errors name the path and say what was expected', () => {
    const cases: [string, (d: Doc) => void, string][] = [
      [
        'latitude out of range',
        (d) => (d.partners[2].location = { lat: 91, lon: 4 }),
        'partners[2].location.lat: expected a number from -90 to 90',
      ],
      [
        'longitude out of range',
        (d) => (d.partners[0].location = { lat: 51, lon: -181 }),
        'partners[0].location.lon: expected a number from -180 to 180',
      ],
      [
        'a coordinate given as text',
        (d) => (d.partners[0].location = { lat: '51.8', lon: 4.6 }),
        'partners[0].location.lat: expected a number from -90 to 90',
      ],
      ['a missing id', (d) => delete d.partners[1].id, 'partners[1].id: missing required field'],
      ['an empty id', (d) => (d.themes[1].id = ''), 'themes[1].id: expected a non-empty string'],
      [
        'a name that is a number',
        (d) => (d.partners[0].name = 7),
        'partners[0].name: expected a string',
      ],
      [
        'an unknown theme status',
        (d) => (d.themes[0].status = 'done'),
        'themes[0].status: expected one of "proposed", "active", "paused", "completed"',
      ],
      [
        'an unknown partner kind',
        (d) => (d.partners[0].kind = 'school'),
        'partners[0].kind: expected one of "municipality", "knowledge-institution", "care-welfare", "citizen-initiative", "client-organisation", "other"',
      ],
      [
        'an unknown relation kind',
        (d) => (d.relations[1].kind = 'friends'),
        'relations[1].kind: expected one of "collaboration", "research", "funding", "care-chain", "education", "working-group", "other"',
      ],
      [
        'a Dutch-style date',
        (d) => (d.themes[0].startedAt = '01-03-2025'),
        'themes[0].startedAt: expected a date like 2025-03-01',
      ],
      [
        'an impossible month',
        (d) => ((d.themes[0].milestones as { due: string }[])[0].due = '2025-13-01'),
        'themes[0].milestones[0].due: expected a date like 2025-03-01',
      ],
      [
        'a date that is a number',
        (d) => ((d.themes[0].updates as { date: unknown }[])[0].date = 20250301),
        'themes[0].updates[0].date: expected a date like 2025-03-01',
      ],
      [
        'a municipality code without GM',
        (d) => (d.partners[0].municipalityCode = '0505'),
        'partners[0].municipalityCode: expected a CBS municipality code like GM0505',
      ],
      [
        'a text that is a number',
        (d) => (d.themes[0].title = 3),
        'themes[0].title: expected a text: a string, or an object with "nl" and/or "en"',
      ],
      [
        'a text object with neither language',
        (d) => (d.name = { fr: 'Réseau' }),
        'name: expected "nl" or "en" (at least one)',
      ],
      [
        'a text object with a wrong field',
        (d) => (d.name = { nl: 5 }),
        'name.nl: expected a string',
      ],
      [
        'a text that is an array',
        (d) => (d.relations[0].label = ['Samen']),
        'relations[0].label: expected a text: a string, or an object with "nl" and/or "en"',
      ],
      [
        'a list that is an object',
        (d) => (d.partners = {} as never),
        'partners: expected an array',
      ],
      [
        'an id list with a number',
        (d) => (d.partners[0].themeIds = ['t1', 2]),
        'partners[0].themeIds[1]: expected a string',
      ],
      [
        'a location that is null',
        (d) => (d.partners[0].location = null),
        'partners[0].location: expected an object',
      ],
      [
        'a location that is an array',
        (d) => (d.partners[0].location = [51, 4]),
        'partners[0].location: expected an object',
      ],
      [
        'a partner that is a string',
        (d) => (d.partners[1] = 'p2' as never),
        'partners[1]: expected an object',
      ],
      [
        'a website that is a number',
        (d) => (d.partners[0].website = 1),
        'partners[0].website: expected a string',
      ],
      [
        'a priority of zero',
        (d) => (d.themes[0].priority = 0),
        'themes[0].priority: expected a whole number of at least 1',
      ],
      [
        'a fractional priority',
        (d) => (d.themes[0].priority = 0.5),
        'themes[0].priority: expected a whole number of at least 1',
      ],
      [
        'done that is a string',
        (d) => ((d.themes[0].milestones as { done: unknown }[])[0].done = 'yes'),
        'themes[0].milestones[0].done: expected true or false',
      ],
      [
        'another version',
        (d) => (d.version = 2),
        'version: expected 1 (the only version of the contract)',
      ],
      ['no version', (d) => delete d.version, 'version: missing required field'],
    ];
    for (const [what, mutate, expected] of cases) {
      it(what, () => {
        expect(errorsOf(mutate)).to.deep.equal([expected]);
      });
    }

    it('reports every problem, each with code "schema"', () => {
      const d = doc();
      d.id = '';
      d.partners[0].kind = 'x';
      d.relations[0].source = 5;
      const result = validateNetwork(d);
      expect(result.errors.map((e) => e.path)).to.deep.equal([
        'id',
        'partners[0].kind',
        'relations[0].source',
      ]);
      expect(result.errors.every((e) => e.code === 'schema')).to.equal(true);
      expect(result.warnings).to.deep.equal([]);
    });

    it(`lists at most ${MAX_PROBLEMS} errors and says how many more there are`, () => {
      const d = doc();
      d.partners = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, name: 'x', kind: 'bad' }));
      const result = validateNetwork(d);
      expect(result.errors).to.have.length(MAX_PROBLEMS + 1);
      expect(result.errors[0].path).to.equal('partners[0].kind');
      expect(result.errors[MAX_PROBLEMS]).to.deep.equal({
        path: '',
        message: '…and 70 more errors',
        code: 'schema',
      });
    });
  });

  it('accepts every date form the contract allows', () => {
    for (const date of [
      '2025-03-01',
      '2025-03-01T09:30',
      '2025-03-01T09:30:15',
      '2025-03-01T09:30:15.123Z',
      '2025-03-01T09:30:15+01:00',
      '2025-12-31T23:59:59-0500',
    ]) {
      const result = validateNetwork({
        version: 1,
        id: 'dates',
        name: 'Dates',
        themes: [{ id: 't', title: 'T', status: 'active', startedAt: date }],
      });
      expect(result.errors, date).to.deep.equal([]);
    }
  });

  it('keeps odd website and logo schemes as text (rendering decides what becomes a link)', () => {
    const d = doc();
    d.partners[0].website = 'javascript:alert(1)';
    d.partners[0].logo = 'data:image/png;base64,AAAA';
    const result = validateNetwork(d);
    expect(result.errors).to.deep.equal([]);
    expect(result.network!.partners[0].website).to.equal('javascript:alert(1)');
    expect(result.network!.partners[0].logo).to.equal('data:image/png;base64,AAAA');
  });

  it('drops unknown fields everywhere', () => {
    const d = doc();
    d.extra = 1;
    d.partners[0].secret = 'x';
    (d.partners[0].location as Record<string, unknown>).alt = 3;
    d.themes[0].owner = 'someone';
    (d.themes[0].milestones as Record<string, unknown>[])[0].note = 'n';
    d.name = { nl: 'N', en: 'E', de: 'D' };
    const network = validateNetwork(d).network!;
    expect(network).to.not.have.property('extra');
    expect(network.partners[0]).to.not.have.property('secret');
    expect(network.partners[0].location).to.deep.equal({ lat: 51.81, lon: 4.69 });
    expect(network.themes[0]).to.not.have.property('owner');
    expect(network.themes[0].milestones[0]).to.not.have.property('note');
    expect(network.name).to.deep.equal({ nl: 'N', en: 'E' });
  });

  it('fills in missing optional arrays, and done as false', () => {
    const network = validateNetwork({
      version: 1,
      id: 'bare',
      name: 'Bare',
      themes: [{ id: 't', title: 'T', status: 'paused', milestones: [{ title: 'M' }] }],
      workingGroups: [{ id: 'g', name: 'G' }],
      partners: [{ id: 'p', name: 'P', kind: 'other' }],
    }).network!;
    expect(network.relations).to.deep.equal([]);
    expect(network.partners[0].themeIds).to.deep.equal([]);
    expect(network.themes[0].partnerIds).to.deep.equal([]);
    expect(network.themes[0].learningQuestions).to.deep.equal([]);
    expect(network.themes[0].updates).to.deep.equal([]);
    expect(network.themes[0].milestones[0].done).to.equal(false);
    expect(network.workingGroups[0].themeIds).to.deep.equal([]);
    expect(network.workingGroups[0].partnerIds).to.deep.equal([]);
    // Each default is a fresh array, so changing one never changes another.
    network.partners[0].themeIds.push('t');
    expect(network.themes[0].partnerIds).to.deep.equal([]);

    const empty = validateNetwork({ version: 1, id: 'empty', name: 'Empty' }).network!;
    expect(empty.partners).to.deep.equal([]);
    expect(empty.themes).to.deep.equal([]);
    expect(empty.workingGroups).to.deep.equal([]);
  });

  it('does not change the document it was given', () => {
    const d = doc();
    d.partners[0].themeIds = ['t1', 'gone'];
    d.relations.push({ source: 'p1', target: 'nobody', kind: 'other' });
    const before = JSON.stringify(d);
    validateNetwork(d);
    expect(JSON.stringify(d)).to.equal(before);
  });

  describe('broken references are warnings, repaired', () => {
    it('drops a relation with an unknown source or target', () => {
      const { result, warnings } = warningsOf((d) => {
        d.relations.push({ source: 'p1', target: 'p9', kind: 'research' });
        d.relations.push({ source: 'x', target: 'y', kind: 'other' });
      });
      expect(result.network!.relations).to.have.length(2);
      expect(warnings).to.deep.equal([
        {
          path: 'relations[2].target',
          message: 'unknown partner "p9"; the relation was dropped',
          code: 'reference',
        },
        {
          path: 'relations[3].source',
          message: 'unknown partner "x"; the relation was dropped',
          code: 'reference',
        },
        {
          path: 'relations[3].target',
          message: 'unknown partner "y"; the relation was dropped',
          code: 'reference',
        },
      ]);
    });

    it('removes unknown ids from theme lists of partners and working groups', () => {
      const { result, warnings } = warningsOf((d) => {
        d.partners[1].themeIds = ['t1', 'nope', 't2'];
        d.workingGroups[0].themeIds = ['t9', 't1'];
      });
      expect(result.network!.partners[1].themeIds).to.deep.equal(['t1', 't2']);
      expect(result.network!.workingGroups[0].themeIds).to.deep.equal(['t1']);
      expect(warnings.map(formatProblem)).to.deep.equal([
        'partners[1].themeIds[1]: unknown theme "nope"; removed',
        'workingGroups[0].themeIds[0]: unknown theme "t9"; removed',
      ]);
      expect(warnings.every((w) => w.code === 'reference')).to.equal(true);
    });

    it('removes unknown partner ids from themes and working groups', () => {
      const { result, warnings } = warningsOf((d) => {
        d.themes[0].partnerIds = ['p1', 'ghost'];
        d.workingGroups[0].partnerIds = ['ghost', 'p1', 'p2'];
      });
      expect(result.network!.themes[0].partnerIds).to.deep.equal(['p1']);
      expect(result.network!.workingGroups[0].partnerIds).to.deep.equal(['p1', 'p2']);
      expect(warnings.map(formatProblem)).to.deep.equal([
        'themes[0].partnerIds[1]: unknown partner "ghost"; removed',
        'workingGroups[0].partnerIds[0]: unknown partner "ghost"; removed',
      ]);
    });

    it('unsets an unknown working group of a theme', () => {
      const { result, warnings } = warningsOf((d) => (d.themes[1].workingGroupId = 'wg7'));
      expect(result.network!.themes[1]).to.not.have.property('workingGroupId');
      expect(result.network!.themes[0].workingGroupId).to.equal('wg1');
      expect(warnings.map(formatProblem)).to.deep.equal([
        'themes[1].workingGroupId: unknown working group "wg7"; unset',
      ]);
    });

    it('removes an id listed twice', () => {
      const { result, warnings } = warningsOf((d) => (d.partners[1].themeIds = ['t1', 't2', 't1']));
      expect(result.network!.partners[1].themeIds).to.deep.equal(['t1', 't2']);
      expect(warnings.map(formatProblem)).to.deep.equal([
        'partners[1].themeIds[2]: theme "t1" is listed twice; removed',
      ]);
    });

    it('keeps the first of duplicate ids and drops the later ones', () => {
      const { result, warnings } = warningsOf((d) => {
        d.partners.push({ id: 'p1', name: 'Tweede p1', kind: 'other', themeIds: ['gone'] });
        d.themes.push({ id: 't2', title: 'Tweede t2', status: 'active' });
        d.workingGroups.push({ id: 'wg1', name: 'Tweede wg1' });
      });
      const network = result.network!;
      expect(network.partners.map((p) => p.name)).to.deep.equal([
        'Gemeente Dordrecht',
        'Cliëntenraad',
        'Buurtinitiatief',
      ]);
      expect(network.themes.map((t) => t.title)).to.deep.equal(['Wijkteams', { nl: 'Schulden' }]);
      expect(network.workingGroups).to.have.length(1);
      // The dropped duplicate's own broken references are not reported: it is gone.
      expect(warnings.map(formatProblem)).to.deep.equal([
        'partners[3].id: duplicate id "p1" (first used at partners[0]); this partner was dropped',
        'themes[2].id: duplicate id "t2" (first used at themes[1]); this theme was dropped',
        'workingGroups[1].id: duplicate id "wg1" (first used at workingGroups[0]); this working group was dropped',
      ]);
    });

    it('reports paths of the document as given, before anything was dropped', () => {
      const { warnings } = warningsOf((d) => {
        d.partners.splice(1, 0, { id: 'p1', name: 'dup', kind: 'other' });
        d.partners[3].themeIds = ['x'];
      });
      expect(warnings.map((w) => w.path)).to.deep.equal([
        'partners[1].id',
        'partners[3].themeIds[0]',
      ]);
    });

    it(`lists at most ${MAX_PROBLEMS} warnings and says how many more there are`, () => {
      const { result, warnings } = warningsOf((d) => {
        for (let i = 0; i < 80; i++)
          d.relations.push({ source: 'p1', target: `x${i}`, kind: 'other' });
      });
      expect(result.network!.relations).to.have.length(2);
      expect(warnings).to.have.length(MAX_PROBLEMS + 1);
      expect(warnings[MAX_PROBLEMS]).to.deep.equal({
        path: '',
        message: '…and 30 more warnings',
        code: 'reference',
      });
    });
  });

  describe('generated networks', () => {
    for (const partners of [0, 1, 1000, 10_000]) {
      it(`${partners} partners validate clean`, () => {
        const input = generateNetwork({ partners });
        const result = validateNetwork(input);
        expect(result.errors).to.deep.equal([]);
        expect(result.warnings).to.deep.equal([]);
        expect(result.network!.partners).to.have.length(partners);
        expect(result.network!.relations).to.have.length(input.relations.length);
      });
    }

    it('are the same for the same seed and differ for another', () => {
      const a = JSON.stringify(generateNetwork({ partners: 200, seed: 7 }));
      expect(JSON.stringify(generateNetwork({ partners: 200, seed: 7 }))).to.equal(a);
      expect(JSON.stringify(generateNetwork({ partners: 200, seed: 8 }))).to.not.equal(a);
    });

    it('have every kind, accents, and some partners without a location', () => {
      const network = generateNetwork({ partners: 1000 });
      expect(new Set(network.partners.map((p) => p.kind)).size).to.equal(6);
      expect(network.relations).to.have.length(2500);
      const names = network.partners.map((p) => p.name).join(' ');
      for (const word of ['Cliëntenraad', 'Café', 'Coöperatie']) expect(names).to.contain(word);
      const unmapped = network.partners.filter((p) => !p.location).length;
      expect(unmapped).to.be.within(20, 100);
    });
  });

  it('accepts the hostile network as it is (its texts are data, not markup)', () => {
    const input = hostileNetwork();
    const result = validateNetwork(input);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.network!.partners.map((p) => p.id)).to.include.members([
      '__proto__',
      'constructor',
    ]);
    expect(result.network!.partners[0].name).to.equal('<img src=x onerror=alert(1)>');
    expect(result.network!.relations).to.have.length(3);
  });

  it('gives the same network as valibot itself for valid documents', async () => {
    const zhz = (await (await fetch('/demo/data/zhz-network.json')).json()) as unknown;
    for (const input of [zhz, doc(), hostileNetwork(), generateNetwork({ partners: 300 })]) {
      const parsed = safeParse(networkSchema, input);
      expect(parsed.success).to.equal(true);
      expect(validateNetwork(input).network).to.deep.equal(parsed.output);
    }
  });
});
