// Generated network data for stories, tests and benchmarks: plain data, deterministic per seed, no
// imports, so it runs as is in Node and in the browser.
//
//   generateNetwork({ partners: 10_000 })  a valid network of that size, the same every time
//   hostileNetwork()                        a small valid network full of markup, script URLs and
//                                           odd characters, for tests that check widgets keep it text

/** Small fixed list of municipalities with their CBS codes, centre and a postcode area. */
const PLACES = [
  ['Dordrecht', 'GM0505', 51.8133, 4.6901, '331'],
  ['Zwijndrecht', 'GM0642', 51.815, 4.639, '333'],
  ['Papendrecht', 'GM0590', 51.8317, 4.6875, '335'],
  ['Sliedrecht', 'GM0610', 51.8214, 4.7736, '336'],
  ['Alblasserdam', 'GM0482', 51.8656, 4.6611, '295'],
  ['Hendrik-Ido-Ambacht', 'GM0531', 51.844, 4.639, '334'],
  ['Gorinchem', 'GM0512', 51.8306, 4.9743, '420'],
  ['Hoeksche Waard', 'GM1963', 51.824, 4.412, '326'],
  ['Molenlanden', 'GM1978', 51.873, 4.782, '297'],
  ['Rotterdam', 'GM0599', 51.9225, 4.4792, '301'],
  ["'s-Gravenhage", 'GM0518', 52.0705, 4.3007, '251'],
  ['Amsterdam', 'GM0363', 52.3676, 4.9041, '101'],
  ['Utrecht', 'GM0344', 52.0907, 5.1214, '351'],
  ['Groningen', 'GM0014', 53.2194, 6.5665, '971'],
  ['Leeuwarden', 'GM0080', 53.2012, 5.7999, '891'],
  ['Zwolle', 'GM0193', 52.5168, 6.083, '801'],
  ['Enschede', 'GM0153', 52.2215, 6.8937, '751'],
  ['Arnhem', 'GM0202', 51.9851, 5.8987, '681'],
  ['Nijmegen', 'GM0268', 51.8126, 5.8372, '651'],
  ['Eindhoven', 'GM0772', 51.4416, 5.4697, '561'],
  ['Tilburg', 'GM0855', 51.5555, 5.0913, '501'],
  ['Breda', 'GM0758', 51.5719, 4.7683, '481'],
  ['Maastricht', 'GM0935', 50.8514, 5.691, '621'],
  ['Leiden', 'GM0546', 52.1601, 4.497, '231'],
  ['Haarlem', 'GM0392', 52.3874, 4.6462, '201'],
  ['Assen', 'GM0106', 52.9925, 6.5649, '940'],
  ['Lelystad', 'GM0995', 52.5185, 5.4714, '822'],
].map(([name, code, lat, lon, postcode]) => ({ name, code, lat, lon, postcode }));

const STREETS = [
  'Voorstraat',
  'Kerkstraat',
  'Stationsweg',
  'Molenstraat',
  'Dijkweg',
  'Havenkade',
  'Schoolstraat',
  'Lindelaan',
  'Burgemeester de Vlugtlaan',
  'Prins Hendrikstraat',
];

const NAMES = {
  municipality: [['Gemeente'], ['']],
  'knowledge-institution': [
    ['Hogeschool', 'Kenniscentrum', 'Lectoraat', 'Academische Werkplaats', 'Onderzoeksbureau'],
    ['Sociaal Werk', 'Zorg en Welzijn', 'Participatie', 'Sociale Veerkracht', 'Wijkgericht Werken'],
  ],
  'care-welfare': [
    ['Stichting', 'Zorggroep', 'Welzijn', 'Thuiszorg', 'Coöperatie', 'Buurtteam', 'Jeugdhulp'],
    [
      'De Linde',
      'Het Anker',
      'De Brug',
      'Samen Verder',
      'Zorgkracht',
      'Rivierzicht',
      'Naoberschap',
    ],
  ],
  'citizen-initiative': [
    ['Buurtinitiatief', 'Café', 'Repair Café', 'Taalcafé', 'Burenhulp', 'Moestuin', 'Huiskamer'],
    [
      'De Ontmoeting',
      'Oost',
      'Noord',
      'Het Plein',
      'Thuis in de Wijk',
      'Samen Sterk',
      'Zonnebloem',
    ],
  ],
  'client-organisation': [
    ['Cliëntenraad', 'Adviesraad', 'Participatieraad', 'Ervaringsdeskundigen'],
    ['Sociaal Domein', 'Wmo', 'Jeugd', 'Participatiewet', 'Mantelzorg'],
  ],
  other: [
    ['Woningcorporatie', 'Bibliotheek', 'Sportbedrijf', 'Fonds', 'Coöperatie'],
    ['Thuisbasis', 'De Boekenberg', 'Beweeg Mee', 'Sociaal Kapitaal', 'Energie Samen'],
  ],
};

// Shares of the partners per kind (municipalities come first, one per place).
const KIND_WEIGHTS = [
  ['care-welfare', 0.38],
  ['citizen-initiative', 0.22],
  ['client-organisation', 0.12],
  ['knowledge-institution', 0.1],
  ['other', 0.1],
  ['municipality', 0.08],
];

const RELATION_KINDS = [
  'collaboration',
  'research',
  'funding',
  'care-chain',
  'education',
  'working-group',
  'other',
];

const RELATION_LABELS = {
  collaboration: { nl: 'Werken samen in de wijk', en: 'Work together in the neighbourhood' },
  research: { nl: 'Praktijkgericht onderzoek', en: 'Practice-based research' },
  funding: { nl: 'Subsidie', en: 'Grant' },
  'care-chain': { nl: 'Verwijzen door', en: 'Refer clients' },
  education: { nl: 'Stageplaatsen', en: 'Internships' },
  'working-group': { nl: 'Zitten samen in een werkgroep', en: 'Share a working group' },
  other: { nl: 'Overleg', en: 'Consultation' },
};

const THEMES = [
  [{ nl: 'Wijkteams', en: 'Social district teams' }, 'wijkteams'],
  [{ nl: 'Formele en informele zorg', en: 'Formal and informal care' }, 'formeel-informeel'],
  [{ nl: 'Resultaten meten', en: 'Measuring results' }, 'resultaten-meten'],
  [{ nl: 'Schulden en eenzaamheid', en: 'Debt and loneliness' }, 'schulden-eenzaamheid'],
  [{ nl: 'Zelfredzaamheid', en: 'Self-reliance' }, 'zelfredzaamheid'],
  [{ nl: 'Mantelzorg', en: 'Informal carers' }, 'mantelzorg'],
  [{ nl: 'Jeugd en gezin', en: 'Youth and family' }, 'jeugd-gezin'],
  [{ nl: 'Ervaringskennis', en: 'Lived experience' }, 'ervaringskennis'],
  [{ nl: 'Armoede', en: 'Poverty' }, 'armoede'],
  [{ nl: 'Wonen en zorg', en: 'Housing and care' }, 'wonen-zorg'],
  [{ nl: 'Digitale inclusie', en: 'Digital inclusion' }, 'digitale-inclusie'],
  [{ nl: 'Werk en participatie', en: 'Work and participation' }, 'werk-participatie'],
];

const GROUPS = [
  { nl: 'Leren van ervaring', en: 'Experiential learning' },
  { nl: 'Intervisie', en: 'Peer supervision' },
  { nl: 'Deliberatie', en: 'Deliberation' },
  { nl: 'Meten en weten', en: 'Measure and know' },
  { nl: 'Praktijkonderzoek', en: 'Practice research' },
  { nl: 'Ontmoeting', en: 'Encounter' },
];

const STATUSES = ['active', 'proposed', 'paused', 'completed'];

/** mulberry32: a tiny seeded PRNG, good enough for sample data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2023, 0, 2);
const isoDay = (days) => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);

/**
 * A valid network (contract version 1) of the given size. The same options always give the same
 * network.
 *
 * @param {{ partners?: number, relations?: number, themes?: number, seed?: number }} [options]
 */
export function generateNetwork(options = {}) {
  const partnerCount = Math.max(0, Math.floor(options.partners ?? 1000));
  const themeCount = Math.max(0, Math.min(Math.floor(options.themes ?? 8), THEMES.length));
  const wanted = Math.max(0, Math.round(options.relations ?? partnerCount * 2.5));
  const random = prng(options.seed ?? 1);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const sample = (list, n) => {
    const out = new Set();
    const max = Math.min(n, list.length);
    while (out.size < max) out.add(pick(list));
    return [...out];
  };

  const themeIds = THEMES.slice(0, themeCount).map(([, slug]) => `theme-${slug}`);
  const groupCount = themeCount
    ? Math.min(GROUPS.length, Math.max(2, Math.ceil(themeCount / 2)))
    : 0;
  const groupIds = GROUPS.slice(0, groupCount).map((_, i) => `wg-${i + 1}`);

  const partners = [];
  for (let i = 0; i < partnerCount; i++) {
    const id = `p${i + 1}`;
    let kind;
    let place;
    if (i < Math.min(PLACES.length, Math.ceil(partnerCount * 0.08))) {
      kind = 'municipality';
      place = PLACES[i];
    } else {
      let r = random();
      kind = KIND_WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? 'other';
      // Most partners live in the region, the rest anywhere in the country.
      place = random() < 0.6 ? PLACES[int(9)] : pick(PLACES);
    }
    const [prefixes, cores] = NAMES[kind];
    const name =
      kind === 'municipality'
        ? i < PLACES.length
          ? `Gemeente ${place.name}`
          : `Gemeente ${place.name}, team ${pick(['Wijkzaken', 'Sociaal Domein', 'Jeugd', 'Wmo'])}`
        : `${pick(prefixes)} ${pick(cores)} ${place.name}`;
    const partner = { id, name, kind, municipality: place.name, municipalityCode: place.code };
    const d = random();
    if (d < 0.4) {
      partner.description = {
        nl: `${name} werkt mee aan het leernetwerk sociaal domein.`,
        en: `${name} takes part in the social domain learning network.`,
      };
    } else if (d < 0.6) {
      partner.description = `${name} is partner van het netwerk.`;
    }
    const letters = String.fromCharCode(65 + int(26), 65 + int(26));
    partner.address = `${pick(STREETS)} ${1 + int(240)}, ${place.postcode}${int(10)} ${letters} ${place.name}`;
    // About 5% without a location: they are in the directory but not on the map.
    if (random() >= 0.05) {
      partner.location = {
        lat: Math.round((place.lat + (random() - 0.5) * 0.06) * 1e5) / 1e5,
        lon: Math.round((place.lon + (random() - 0.5) * 0.09) * 1e5) / 1e5,
      };
    }
    partner.website = `https://example.org/partners/${id}`;
    if (random() < 0.7) partner.email = `info+${id}@example.org`;
    if (random() < 0.5) partner.phone = '+31 78 000 0000';
    partner.themeIds = themeCount ? sample(themeIds, int(4)) : [];
    partners.push(partner);
  }

  const partnerIds = partners.map((p) => p.id);
  const themes = THEMES.slice(0, themeCount).map(([title], t) => {
    const start = int(600);
    const theme = {
      id: themeIds[t],
      title,
      description: {
        nl: `Wat werkt bij ${title.nl.toLowerCase()}? Partners leren van elkaars praktijk.`,
        en: `What works for ${title.en.toLowerCase()}? Partners learn from each other's practice.`,
      },
      status: STATUSES[t % STATUSES.length],
      partnerIds: partnerCount ? sample(partnerIds, 3 + int(8)) : [],
      learningQuestions: [
        {
          nl: `Wat hebben inwoners nodig bij ${title.nl.toLowerCase()}?`,
          en: `What do residents need with ${title.en.toLowerCase()}?`,
        },
        {
          nl: 'Hoe weten we of het werkt?',
          en: 'How do we know whether it works?',
        },
      ],
      milestones: [
        {
          title: { nl: 'Startbijeenkomst', en: 'Kick-off meeting' },
          due: isoDay(start + 14),
          done: true,
          doneAt: isoDay(start + 12),
        },
        {
          title: { nl: 'Eerste opbrengsten gedeeld', en: 'First results shared' },
          due: isoDay(start + 180),
          done: t % 2 === 1,
          ...(t % 2 === 1 ? { doneAt: isoDay(start + 190) } : {}),
        },
        {
          title: { nl: 'Eindpublicatie', en: 'Final publication' },
          due: isoDay(start + 540),
          done: false,
        },
      ],
      updates: [
        {
          date: isoDay(start + 30),
          text: { nl: 'De werkgroep is gestart.', en: 'The working group has started.' },
        },
        {
          date: isoDay(start + 200),
          text: `Tussenstand besproken in de stuurgroep (${1 + int(9)} reflecties).`,
        },
      ],
      startedAt: isoDay(start),
      priority: t + 1,
      reflectionCount: int(40),
    };
    if (groupCount) theme.workingGroupId = groupIds[t % groupCount];
    return theme;
  });

  const workingGroups = groupIds.map((id, g) => ({
    id,
    name: GROUPS[g],
    description: {
      nl: `Werkgroep ${GROUPS[g].nl.toLowerCase()} van het leernetwerk.`,
      en: `Working group on ${GROUPS[g].en.toLowerCase()} of the learning network.`,
    },
    themeIds: themes.filter((t) => t.workingGroupId === id).map((t) => t.id),
    partnerIds: partnerCount ? sample(partnerIds, 4 + int(9)) : [],
  }));

  // Distinct pairs; never more than the partners allow.
  const maxPairs = (partnerCount * (partnerCount - 1)) / 2;
  const target = Math.min(wanted, maxPairs);
  const pairs = new Set();
  const relations = [];
  let attempts = 0;
  while (relations.length < target && attempts < target * 20) {
    attempts++;
    // Partners near each other in the list relate more often, which gives visible clusters.
    const a = int(partnerCount);
    const b = random() < 0.7 ? (a + 1 + int(30)) % partnerCount : int(partnerCount);
    if (a === b) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const kind = pick(RELATION_KINDS);
    const relation = { source: partnerIds[a], target: partnerIds[b], kind };
    if (random() < 0.3) relation.label = RELATION_LABELS[kind];
    relations.push(relation);
  }

  return {
    version: 1,
    id: `generated-${partnerCount}-${options.seed ?? 1}`,
    name: {
      nl: `Gegenereerd leernetwerk (${partnerCount} partners)`,
      en: `Generated learning network (${partnerCount} partners)`,
    },
    description: {
      nl: 'Voorbeeldgegevens voor tests en benchmarks; alle namen zijn verzonnen.',
      en: 'Sample data for tests and benchmarks; all names are made up.',
    },
    website: 'https://example.org/',
    themes,
    workingGroups,
    partners,
    relations,
  };
}

const LONG = 'Zorgcoöperatie'.repeat(40);

/**
 * A small valid network whose texts try every trick on a renderer: markup, script URLs, attribute
 * breakers, right-to-left overrides, zero-width characters, ids like `__proto__`, very long unbroken
 * words. A widget must show all of it as inert text.
 */
export function hostileNetwork() {
  const xss = '<img src=x onerror=alert(1)>';
  const script = '<script>alert(1)</script>';
  const attr = '" onmouseover="alert(1)" data-x="';
  return {
    version: 1,
    id: 'hostile',
    name: { nl: `Netwerk ${script}`, en: `Network ${xss}` },
    description: `${attr} <b>bold</b> &amp; &lt;escaped&gt; {{template}} \${template}`,
    website: 'javascript:alert(1)',
    themes: [
      {
        id: 'theme-<x>',
        title: { nl: xss, en: script },
        description: attr,
        status: 'active',
        workingGroupId: 'wg-"quoted"',
        partnerIds: ['__proto__', 'constructor'],
        learningQuestions: [script, { nl: `Vraag ${xss}` }],
        milestones: [
          { title: `<a href="javascript:alert(1)">klik</a>`, due: '2025-03-01', done: false },
          { title: { en: attr }, done: true, doneAt: '2025-02-01T10:00:00Z' },
        ],
        updates: [{ date: '2025-02-14', text: `\u202Egnp.exe ${script}` }],
        startedAt: '2025-01-06',
        priority: 1,
      },
    ],
    workingGroups: [
      {
        id: 'wg-"quoted"',
        name: { nl: `Werkgroep ${attr}` },
        description: xss,
        themeIds: ['theme-<x>'],
        partnerIds: ['__proto__', 'p-rtl'],
      },
    ],
    partners: [
      {
        id: '__proto__',
        name: xss,
        kind: 'care-welfare',
        description: { nl: script, en: xss },
        municipality: `Dordrecht ${script}`,
        municipalityCode: 'GM0505',
        address: `${attr}, 3311 AA Dordrecht`,
        location: { lat: 51.8133, lon: 4.6901 },
        website: 'javascript:alert(1)',
        email: `"><img src=x onerror=alert(1)>@example.org`,
        phone: `+31 78 000 0000 ${xss}`,
        themeIds: ['theme-<x>'],
        logo: 'javascript:alert(1)',
      },
      {
        id: 'constructor',
        name: script,
        kind: 'citizen-initiative',
        description: `${LONG} ${LONG}`,
        location: { lat: 51.82, lon: 4.7 },
        website: 'data:text/html,<script>alert(1)</script>',
        logo: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        themeIds: [],
      },
      {
        id: 'p-rtl',
        name: `Cliëntenraad \u202Eredrecht\u202C \u200B\u200B ${attr}`,
        kind: 'client-organisation',
        description: '\u0000\u0007\u001b[31m control characters \uFEFF and \uD83D\uDE00 emoji',
        website: '  JaVaScRiPt:alert(1)',
        themeIds: [],
      },
      {
        id: 'p-long',
        name: LONG,
        kind: 'other',
        website: 'https://example.org/"><script>alert(1)</script>',
        location: { lat: 51.83, lon: 4.68 },
        themeIds: ['theme-<x>'],
      },
      {
        id: '<script>alert(1)</script>',
        name: 'Café <i>Het Hoekje</i> & Co',
        kind: 'citizen-initiative',
        website: '//example.org/protocol-relative',
        themeIds: [],
      },
    ],
    relations: [
      { source: '__proto__', target: 'constructor', kind: 'collaboration', label: xss },
      { source: 'p-rtl', target: '__proto__', kind: 'care-chain', label: { nl: script, en: attr } },
      { source: 'p-long', target: '<script>alert(1)</script>', kind: 'other' },
    ],
  };
}
