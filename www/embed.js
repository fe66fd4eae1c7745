// SDS Explorer for council websites: <sds-explorer config="council.json">.
// heading-level="1" to "4" sets the level of the tool's top heading (h2
// unless set, under the council page's own h1). history="off" keeps the
// tool's screens out of the browser's history (Back then leaves the tool).
// A small ES module with no dependencies. Each element gets its own Shadow
// DOM with the tool's stylesheet, so the host page's CSS cannot reach in and
// ours cannot leak out. The wasm loads once per page, from beside this file.
import init, { mount } from './pkg/sds_web.js';

const here = new URL('.', import.meta.url);
let ready;

function loadOnce() {
  ready ??= init({ module_or_path: new URL('pkg/sds_web_bg.wasm', here) });
  return ready;
}

/** Fetches the council's configuration; problems are reported by the app. */
async function fetchConfig(name) {
  if (!name) return {};
  const source = new URL(name, document.baseURI).href;
  try {
    const response = await fetch(source, { credentials: 'same-origin' });
    if (!response.ok) return { source, error: `${response.status} ${response.statusText}`.trim() };
    return { source, text: await response.text() };
  } catch (error) {
    return { source, error: String(error && error.message ? error.message : error) };
  }
}

class SdsExplorer extends HTMLElement {
  #app;
  #connecting = 0;

  async connectedCallback() {
    const attempt = ++this.#connecting;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = new URL('pkg/sds-embed.css', here).href;
    const container = document.createElement('div');
    container.className = 'sds-embed';
    const loading = document.createElement('p');
    loading.className = 'sds-body';
    loading.textContent = 'Loading SDS Explorer…'; // text: page.loading
    container.append(loading);
    // The tool shows once its stylesheet has loaded (or failed to), never
    // unstyled for a moment.
    const styled = new Promise((resolve) => {
      sheet.addEventListener('load', resolve, { once: true });
      sheet.addEventListener('error', resolve, { once: true });
    });
    root.replaceChildren(sheet, container);

    const [config] = await Promise.all([fetchConfig(this.getAttribute('config')), loadOnce(), styled]);
    // Removed, or removed and added again, while loading: that call wins.
    if (attempt !== this.#connecting || !this.isConnected) return;
    this.#app = mount(
      container, config.text, config.source, config.error,
      true, this.getAttribute('heading-level'), this.getAttribute('history'),
    );
    const brand = this.#app.brand_css();
    if (brand) {
      const colours = new CSSStyleSheet();
      colours.replaceSync(`:host { ${brand} }`);
      root.adoptedStyleSheets = [colours];
    }
    this.dataset.sdsReady = 'true';
    this.dispatchEvent(new CustomEvent('sds-explorer-ready', { bubbles: true }));
  }

  disconnectedCallback() {
    this.#connecting += 1;
    this.#app?.unmount();
    this.#app?.free();
    this.#app = undefined;
    delete this.dataset.sdsReady;
  }
}

if (!customElements.get('sds-explorer')) customElements.define('sds-explorer', SdsExplorer);
