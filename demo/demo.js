// The demo page's own controls: language, house style, where records go. Not part of the widgets.
const network = document.getElementById('network');
const status = document.getElementById('demo-status');
const params = new URLSearchParams(location.search);
const endpointBase = params.get('endpoint') ?? `${location.protocol}//${location.hostname}:8787`;

for (const radio of document.querySelectorAll('input[name="lang"]')) {
  radio.addEventListener('change', () => network.setAttribute('lang', radio.value));
}

document.getElementById('tokens').addEventListener('change', (event) => {
  const value = event.target.value;
  document.body.className = value ? `example-theme--${value}` : '';
});

async function endpointUp() {
  try {
    const res = await fetch(`${endpointBase}/health`, { cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}

for (const radio of document.querySelectorAll('input[name="storage"]')) {
  radio.addEventListener('change', async () => {
    if (radio.value === 'endpoint') {
      network.setAttribute('endpoint', `${endpointBase}/records`);
      network.setAttribute('storage', 'endpoint');
      status.textContent = (await endpointUp())
        ? `Reflecties en stemmen gaan naar ${endpointBase}/records (bekijk ze op ${endpointBase}/records).`
        : `Het eindpunt ${endpointBase} is niet bereikbaar: wat u verstuurt, wacht in de browser tot het er weer is.`;
    } else {
      network.setAttribute('storage', 'local');
      status.textContent = 'Reflecties en stemmen blijven in deze browser.';
    }
  });
}

network.addEventListener('rnswd-data-error', (event) => {
  console.warn('rnswd-data-error', event.detail.problems);
});
