import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/contract.js';

/** The languages the widgets speak. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** The language when no element up the tree and not the document says one. */
export const DEFAULT_LANG: Lang = 'nl';

/**
 * Turns a BCP 47 tag into one of our languages: `nl`, `nl-BE` -> `nl`; `en`, `en-GB` -> `en`.
 * A page in a language we do not speak gets English, the likelier second language of its readers;
 * an empty tag means "not said" and returns null.
 */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  return primary === 'nl' ? 'nl' : 'en';
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow roots), else the
 * document's, else Dutch.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = normalizeLang(node.getAttribute('lang'));
      if (lang) return lang;
    }
    if (node.parentNode) node = node.parentNode;
    else if (node instanceof ShadowRoot) node = node.host;
    else node = null;
  }
  return normalizeLang(document.documentElement.getAttribute('lang')) ?? DEFAULT_LANG;
}

type Listener = () => void;
const listeners = new Set<Listener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node) {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => {
    for (const listener of [...listeners]) listener();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/**
 * Keeps `host.lang`'s resolved value current: re-renders the host when its own `lang`, an ancestor's or the
 * document's changes. One shared MutationObserver (attribute filter `lang`) serves every element.
 */
export class LangController implements ReactiveController {
  private current: Lang = DEFAULT_LANG;
  private readonly update = () => {
    const next = resolveLang(this.host);
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
      this.onChange?.(next);
    }
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange?: (lang: Lang) => void,
  ) {
    host.addController(this);
  }

  /** The resolved language. */
  get value(): Lang {
    return this.current;
  }

  hostConnected(): void {
    this.current = resolveLang(this.host);
    observe(document.documentElement);
    // Ancestors inside shadow roots are not seen by the document's observer.
    for (
      let root = this.host.getRootNode();
      root instanceof ShadowRoot;
      root = root.host.getRootNode()
    ) {
      observe(root);
    }
    listeners.add(this.update);
  }

  hostDisconnected(): void {
    listeners.delete(this.update);
  }

  /** Re-reads the language now (after the host's own `lang` changed). */
  refresh(): void {
    this.update();
  }
}
