// Prints the bytes a family's browser downloads on first load, raw and
// gzipped: node tests/support/size-report.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

function report(title, files) {
  const rows = files.map((file) => {
    const body = readFileSync(file);
    return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(28)}${kb(r.raw)}${kb(r.gzip)}`);
  console.log(`${'total'.padEnd(28)}${kb(total.raw)}${kb(total.gzip)}`);
}

const app = ['www/pkg/sds_web.js', 'www/pkg/sds_web_bg.wasm'];
report('Size report: first load of the standalone page', ['www/index.html', 'www/styles.css', 'www/main.js', ...app]);
report('Size report: what a council page downloads for <sds-explorer>', ['www/embed.js', 'www/pkg/sds-embed.css', ...app]);
