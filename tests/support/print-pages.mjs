// Prints the summary of the fixture plans to PDF (A4 and US Letter) and
// renders every page as a PNG, to look at:
//   bash scripts/build.sh && node tests/support/print-pages.mjs [typical|full|…]
// Writes tests/output/print/look-<plan>-<format>.pdf and -<page>.png.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { launch, startServer, STORAGE_KEY } from './browser.mjs';
import * as plans from './fixture-plans.mjs';

const wanted = process.argv.slice(2);
const chosen = Object.entries(plans).filter(([name]) => name.endsWith('Plan')
  && (wanted.length === 0 || wanted.includes(name.replace(/Plan$/, ''))));
const { server, url } = await startServer();
const context = await launch();
try {
  await mkdir('tests/output/print', { recursive: true });
  for (const [name, make] of chosen) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-sds-ready="true"]');
    const stored = { format: 'sds-explorer-plan', schema_version: 1, app_version: '0.1.0', plan: make() };
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(stored)]);
    await page.reload();
    await page.waitForSelector('html[data-sds-ready="true"]');
    await page.getByRole('link', { name: 'Our summary for the assessment' }).click();
    for (const format of ['A4', 'Letter']) {
      const base = `tests/output/print/look-${name.replace(/Plan$/, '')}-${format}`;
      await writeFile(`${base}.pdf`, await page.pdf({ format, preferCSSPageSize: true }));
      execFileSync('pdftoppm', ['-png', '-r', '40', `${base}.pdf`, base]);
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${base}.pdf`], { encoding: 'utf8' }))[1];
      console.log(`${base}.pdf: ${pages} pages`);
    }
    await page.close();
  }
} finally {
  await context.close();
  server.close();
}
