import { expect } from '@open-wc/testing';
import { findInlineJson, loadNetwork } from '../../packages/core/src/data/index.js';
import type { ValidationResult } from '../../packages/core/src/data/index.js';

const SMALL = { version: 1, id: 'inline', name: 'Inline', partners: [] };

/** The URL as `loadNetwork` names it in messages. */
const abs = (path: string) => new URL(path, document.baseURI).href;

function onlyError(result: ValidationResult) {
  expect(result.network).to.equal(null);
  expect(result.warnings).to.deep.equal([]);
  expect(result.errors).to.have.length(1);
  return result.errors[0];
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

describe('loadNetwork', () => {
  describe('the data property', () => {
    it('takes an object', async () => {
      const result = await loadNetwork({ data: SMALL });
      expect(result.errors).to.deep.equal([]);
      expect(result.network!.id).to.equal('inline');
    });

    it('takes JSON text, with or without a byte order mark', async () => {
      for (const text of [JSON.stringify(SMALL), `\uFEFF${JSON.stringify(SMALL)}`]) {
        const result = await loadNetwork({ data: text });
        expect(result.errors).to.deep.equal([]);
        expect(result.network!.id).to.equal('inline');
      }
    });

    it('reports invalid JSON text with the parser’s own words', async () => {
      const error = onlyError(await loadNetwork({ data: '{"version": 1,,}' }));
      expect(error.code).to.equal('json');
      expect(error.path).to.equal('');
      expect(error.message).to.match(/^the data property is not valid JSON \(.+\)\.$/);
    });

    it('reports empty JSON text', async () => {
      const error = onlyError(await loadNetwork({ data: '   ' }));
      expect(error).to.deep.equal({
        path: '',
        message: 'the data property is empty, expected JSON',
        code: 'json',
      });
    });

    it('passes schema errors through', async () => {
      const error = onlyError(await loadNetwork({ data: { ...SMALL, version: 3 } }));
      expect(error.code).to.equal('schema');
      expect(error.path).to.equal('version');
    });

    it('wins over inline JSON and src', async () => {
      const result = await loadNetwork({
        data: SMALL,
        inline: JSON.stringify({ ...SMALL, id: 'from-inline' }),
        src: '/test/fixtures/network-small.json',
      });
      expect(result.network!.id).to.equal('inline');
    });
  });

  describe('inline JSON', () => {
    it('is used when there is no data, and wins over src', async () => {
      const result = await loadNetwork({
        inline: JSON.stringify({ ...SMALL, id: 'from-inline' }),
        src: '/__fixtures/hang',
      });
      expect(result.network!.id).to.equal('from-inline');
    });

    it('counts as absent when blank, so src is used', async () => {
      const result = await loadNetwork({
        inline: '\n  ',
        src: '/test/fixtures/network-small.json',
      });
      expect(result.network!.id).to.equal('small');
    });

    it('reports invalid JSON and hints at HTML', async () => {
      const error = onlyError(await loadNetwork({ inline: '<p>not json</p>' }));
      expect(error.code).to.equal('json');
      expect(error.message).to.contain('the inline JSON is not valid JSON');
      expect(error.message).to.contain('looks like an HTML page');
    });

    /** A host element with these children: `[tag, type, text]`, or a nested element. */
    function host(children: ([string, string | null, string] | Element)[]): Element {
      const el = document.createElement('div');
      for (const child of children) {
        if (child instanceof Element) {
          el.append(child);
          continue;
        }
        const [tag, type, text] = child;
        const node = document.createElement(tag);
        if (type !== null) node.setAttribute('type', type);
        node.textContent = text;
        el.append(node);
      }
      return el;
    }

    it('is found as the first direct <script type="application/json"> child', async () => {
      const nested = host([['script', 'application/json', '{"nested": true}']]);
      const el = host([
        nested,
        ['script', 'module', '/* code */'],
        ['template', null, '{"not": "a script"}'],
        ['script', ' Application/JSON ', '{"first": true}'],
        ['script', 'application/json', '{"second": true}'],
      ]);
      expect(findInlineJson(el)).to.equal('{"first": true}');
      const result = await loadNetwork({ inline: findInlineJson(el) });
      expect(result.errors[0].path).to.equal('version');
    });

    it('is null when there is no such child', () => {
      expect(
        findInlineJson(
          host([
            ['script', 'module', '{}'],
            ['script', null, '{}'],
          ]),
        ),
      ).to.equal(null);
      expect(findInlineJson(document.createElement('div'))).to.equal(null);
    });

    it('reads an inline script in the document', async () => {
      const el = host([['script', 'application/json', JSON.stringify(SMALL)]]);
      document.body.append(el);
      try {
        const result = await loadNetwork({ inline: findInlineJson(el) });
        expect(result.network!.id).to.equal('inline');
      } finally {
        el.remove();
      }
    });
  });

  describe('src', () => {
    it('fetches and validates a document, repairing broken references', async () => {
      const result = await loadNetwork({ src: '/test/fixtures/network-small.json' });
      expect(result.errors).to.deep.equal([]);
      expect(result.network!.name).to.deep.equal({ nl: 'Klein netwerk', en: 'Small network' });
      expect(result.network).to.not.have.property('comment');
      expect(result.network!.relations).to.have.length(1);
      expect(result.warnings).to.deep.equal([
        {
          path: 'relations[1].target',
          message: 'unknown partner "p3"; the relation was dropped',
          code: 'reference',
        },
      ]);
    });

    it('fetches the Zuid-Holland Zuid sample', async () => {
      const result = await loadNetwork({ src: '/demo/data/zhz-network.json' });
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      expect(result.network!.id).to.equal('zhz');
    });

    it('reports schema errors of a fetched document', async () => {
      const error = onlyError(
        await loadNetwork({ src: '/test/fixtures/network-schema-error.json' }),
      );
      expect(error).to.deep.equal({
        path: 'partners[0].location.lat',
        message: 'expected a number from -90 to 90',
        code: 'schema',
      });
    });

    it('reports an HTTP error with status and URL', async () => {
      const src = '/test/fixtures/no-such-file.json';
      const error = onlyError(await loadNetwork({ src }));
      expect(error).to.deep.equal({
        path: '',
        message: `HTTP 404 Not Found for ${abs(src)}`,
        code: 'http',
      });
    });

    it('reports invalid JSON from the server', async () => {
      const error = onlyError(await loadNetwork({ src: '/__fixtures/truncated' }));
      expect(error.code).to.equal('json');
      expect(error.message).to.contain(
        `the answer from ${abs('/__fixtures/truncated')} is not valid JSON (`,
      );
      expect(error.message).to.not.contain('HTML');
    });

    it('says so when an HTML page answers instead of JSON', async () => {
      const error = onlyError(await loadNetwork({ src: '/test/fixtures/login-page.html' }));
      expect(error.code).to.equal('json');
      expect(error.message).to.contain(abs('/test/fixtures/login-page.html'));
      expect(error.message).to.contain('It looks like an HTML page, not JSON');
    });

    it('reports a network error naming the URL', async () => {
      const src = 'http://127.0.0.1:9/network.json';
      const error = onlyError(await loadNetwork({ src }));
      expect(error.code).to.equal('fetch');
      expect(error.message).to.contain(`could not fetch ${src}`);
    });

    it('gives up after the timeout', async () => {
      const error = onlyError(await loadNetwork({ src: '/__fixtures/hang', timeoutMs: 300 }));
      expect(error).to.deep.equal({
        path: '',
        message: `no answer from ${abs('/__fixtures/hang')} within 300 ms (timed out)`,
        code: 'fetch',
      });
    });

    it('waits for a slow answer within the timeout', async () => {
      const result = await loadNetwork({ src: '/__fixtures/slow?ms=200', timeoutMs: 10_000 });
      expect(result.errors).to.deep.equal([]);
      expect(result.network!.id).to.equal('slow');
    });

    it('rejects with an AbortError when the caller aborts', async () => {
      const controller = new AbortController();
      const promise = loadNetwork({ src: '/__fixtures/hang', signal: controller.signal });
      await new Promise((r) => setTimeout(r, 50));
      controller.abort();
      const error = await rejection(promise);
      expect((error as Error).name).to.equal('AbortError');
    });

    it('rejects at once when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejection(
        loadNetwork({
          data: SMALL,
          src: '/test/fixtures/network-small.json',
          signal: controller.signal,
        }),
      );
      expect((error as Error).name).to.equal('AbortError');
    });

    it('rejects with an AbortError even when the abort has its own reason', async () => {
      const controller = new AbortController();
      const promise = loadNetwork({ src: '/__fixtures/slow?ms=2000', signal: controller.signal });
      controller.abort(new Error('src changed'));
      const error = await rejection(promise);
      expect((error as Error).name).to.equal('AbortError');
    });
  });

  it('reports no data when nothing is given', async () => {
    for (const opts of [{}, { data: null, inline: null, src: null }, { src: '' }]) {
      const error = onlyError(await loadNetwork(opts));
      expect(error.code).to.equal('no-data');
      expect(error.message).to.contain('no network data');
    }
  });
});
