// The parent page's side of iframe mode (docs/embedding.md): grow the frame
// to fit the tool, trusting only messages from the tool's own origin, and
// keeping the height within sensible bounds.
const frame = document.getElementById('sds-explorer-frame');
const toolOrigin = new URL(frame.src, location.href).origin;
window.addEventListener('message', (event) => {
  if (event.origin !== toolOrigin || event.source !== frame.contentWindow) return;
  const { type, height } = event.data ?? {};
  if (type !== 'sds-explorer:height' || !Number.isFinite(height)) return;
  frame.height = String(Math.min(Math.max(Math.round(height), 300), 20000));
});
