/**
 * Export of the current view as a self-contained SVG document and as PNG. The SVG is our own DOM,
 * serialised by XMLSerializer (which escapes every text and attribute), with the computed styles it needs
 * inlined and everything interactive or external (map tiles, focus ring, ARIA) left out. The PNG draws
 * that SVG on a canvas; with no external resources in it, the canvas is never tainted.
 */

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'vector-effect',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

const DROP = ['tabindex', 'role', 'class', 'focusable'];

/** The SVG element as a standalone SVG document of `width` × `height`. */
export function serializeSvg(
  svg: SVGSVGElement,
  width: number,
  height: number,
  title: string,
): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = svg.querySelectorAll('*');
  const to = clone.querySelectorAll('*');
  // Elements with the same classes (under the same parent classes) share their computed style: read it
  // once per class list. A style is written only where it differs from the parent's.
  const cache = new Map<string, string[] | null>();
  const values = (el: Element): string[] | null => {
    const key = `${el.tagName} ${el.getAttribute('class')} ${el.parentElement?.getAttribute('class')}`;
    let v = cache.get(key);
    if (v === undefined) {
      const cs = getComputedStyle(el);
      v =
        cs.display === 'none' || el.hasAttribute('data-export-skip')
          ? null
          : PROPS.map((p) => cs.getPropertyValue(p));
      cache.set(key, v);
    }
    return v;
  };
  from.forEach((el, i) => {
    const copy = to[i]!;
    const v = values(el);
    const parent = values(el.parentElement!);
    if (!v || !parent) return copy.remove();
    const style = PROPS.filter((p, j) => v[j] !== parent[j] || (p === 'opacity' && v[j] !== '1'))
      .map((p) => `${p}:${v[PROPS.indexOf(p)]}`)
      .join(';');
    if (style) copy.setAttribute('style', style);
    for (const name of copy.getAttributeNames())
      if (DROP.includes(name) || name.startsWith('aria-') || name.startsWith('data-'))
        copy.removeAttribute(name);
  });
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  for (let c = comments.nextNode(); c; c = comments.nextNode()) c.textContent = '';
  for (const name of clone.getAttributeNames()) clone.removeAttribute(name);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const base = values(svg)!;
  clone.setAttribute('style', PROPS.map((p, j) => `${p}:${base[j]}`).join(';'));
  const ns = 'http://www.w3.org/2000/svg';
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(svg.parentElement!).backgroundColor);
  const t = document.createElementNS(ns, 'title');
  t.textContent = title;
  clone.prepend(t, bg);
  return new XMLSerializer().serializeToString(clone);
}

/** Draws SVG text on a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
