// Starts SDS Explorer in this page's #app element. Kept in a file (not an
// inline script) so a strict Content Security Policy can run it.
import init, { mount } from './pkg/sds_web.js';

const root = document.getElementById('app');
const app = document.createElement('div');
await init({ module_or_path: new URL('./pkg/sds_web_bg.wasm', import.meta.url) });
root.replaceChildren(app);
mount(app);
document.documentElement.dataset.sdsReady = 'true';
