// Starts SDS Explorer in this page's #app element: the standalone page
// (index.html) and the iframe page (frame.html). Kept in a file, not an
// inline script, so a strict Content Security Policy can run it.
//
// ?config=council.json names a council configuration on this same site
// (never another site: a link must not be able to swap in other contacts).
// In an iframe the page reports its height to the parent page.
import init, { mount } from './pkg/sds_web.js';

async function fetchConfig() {
  const name = new URLSearchParams(location.search).get('config');
  if (!name) return {};
  const source = new URL(name, location.href);
  if (source.origin !== location.origin) return { source: source.href, error: 'not on this site' };
  try {
    const response = await fetch(source, { credentials: 'same-origin' });
    if (!response.ok) return { source: source.href, error: `${response.status} ${response.statusText}`.trim() };
    return { source: source.href, text: await response.text() };
  } catch (error) {
    return { source: source.href, error: String(error && error.message ? error.message : error) };
  }
}

/**
 * The origin named by ?parent=, as postMessage needs it ("https://host"),
 * or "*" when none is named; null when it is not an origin at all.
 */
function parentOrigin() {
  const named = new URLSearchParams(location.search).get('parent');
  if (named === null) return '*';
  try {
    const url = new URL(named);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && url.origin !== 'null' ? url.origin : null;
  } catch {
    return null;
  }
}

function reportHeightToParent(element) {
  // Only a number is sent; the parent checks where it came from.
  const origin = parentOrigin();
  if (origin === null) {
    console.warn('SDS Explorer: ?parent= is not an origin like https://www.example.gov.uk, so the frame will not report its height.');
    return;
  }
  let last = 0;
  new ResizeObserver(() => {
    // The body, not the scroll height: that never drops below the frame's
    // own height, so the frame could grow but never shrink.
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'sds-explorer:height', height }, origin);
  }).observe(element);
}

const root = document.getElementById('app');
const [config] = await Promise.all([
  fetchConfig(),
  init({ module_or_path: new URL('./pkg/sds_web_bg.wasm', import.meta.url) }),
]);
const app = document.createElement('div');
root.replaceChildren(app);
// Our own page (or the iframe's): the tool's top heading is the page's h1.
// ?history=off keeps the screens out of the browser's history.
const history = new URLSearchParams(location.search).get('history');
const mounted = mount(app, config.text, config.source, config.error, false, null, history);
const brand = mounted.brand_css();
if (brand) {
  const colours = new CSSStyleSheet();
  colours.replaceSync(`:root { ${brand} }`);
  document.adoptedStyleSheets = [colours];
}
if (window.parent !== window) reportHeightToParent(document.body);
document.documentElement.dataset.sdsReady = 'true';
