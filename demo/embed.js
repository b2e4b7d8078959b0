// The snippet builder: the form's choices become the HTML a webmaster pastes, and a live preview.
const form = document.getElementById('builder');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const copyStatus = document.getElementById('copy-status');

const TAGS = {
  'theme-tracker': (o) =>
    `<rnswd-theme-tracker layout="list"${o.storage ? ' allow-proposals allow-votes' : ''}></rnswd-theme-tracker>`,
  'reflection-form': (o) =>
    `<rnswd-reflection-form template="alact"${o.privacy ? ` privacy-url="${o.privacy}"` : ''}></rnswd-reflection-form>`,
  'partner-directory': () => '<rnswd-partner-directory layout="list"></rnswd-partner-directory>',
  'network-map': () => '<rnswd-network-map view="geo"></rnswd-network-map>',
};

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function options() {
  const data = new FormData(form);
  return {
    widgets: data.getAll('widget'),
    src: String(data.get('src') || ''),
    lang: String(data.get('lang') || ''),
    storage: String(data.get('storage') || 'local'),
    endpoint: String(data.get('endpoint') || ''),
    privacy: attr(String(data.get('privacy') || '')),
  };
}

function code(o, src) {
  const providerAttrs = [
    `src="${attr(src)}"`,
    o.lang ? `lang="${o.lang}"` : '',
    o.storage === 'endpoint' ? `storage="endpoint" endpoint="${attr(o.endpoint)}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const inner = o.widgets.map((w) => `  ${TAGS[w](o)}`).join('\n');
  return { providerAttrs, inner };
}

function update() {
  const o = options();
  const { providerAttrs, inner } = code(o, o.src);
  snippet.textContent =
    '<script type="module" src="/assets/rnswd-widgets.min.js"></script>\n\n' +
    `<rnswd-network ${providerAttrs}>\n${inner}\n</rnswd-network>`;
  // The preview uses this demo's data and keeps records in this browser.
  const demo = code({ ...o, storage: 'local' }, 'data/zhz-network.json');
  const range = document.createRange();
  range.selectNodeContents(preview);
  preview.replaceChildren(
    range.createContextualFragment(
      `<rnswd-network ${demo.providerAttrs} network-id="zhz-embed-preview">${demo.inner}</rnswd-network>`,
    ),
  );
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    copyStatus.textContent = 'Gekopieerd.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    copyStatus.textContent =
      'Kopiëren kan hier niet automatisch; de code is geselecteerd (Ctrl+C).';
  }
});
update();
