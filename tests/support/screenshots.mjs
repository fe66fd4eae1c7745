// Screenshots of each screen at desktop and phone width, for a person to
// look at: node tests/support/screenshots.mjs [out-dir]
import { launch, openApp, startServer } from './browser.mjs';
import { mkdir } from 'node:fs/promises';

const out = process.argv[2] ?? 'tests/output/screenshots';
await mkdir(out, { recursive: true });
const { server, url } = await startServer();
const context = await launch();
for (const [label, width] of [['desktop', 1280], ['phone', 320]]) {
  const { page } = await openApp(context, url);
  await page.setViewportSize({ width, height: 800 });
  const shot = (name) => page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: true });
  await shot('hub-empty');
  await page.getByRole('link', { name: 'About us' }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await shot('about-errors');
  await page.getByLabel('What name should we use').fill('Sam');
  await page.getByLabel('How old is your child?').fill('15');
  await page.getByLabel('A parent or carer').check();
  await page.getByLabel('Which council area').selectOption({ label: 'Highland' });
  await shot('about-filled');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await shot('hub-about-done');
  await page.getByRole('button', { name: 'Delete everything from this device' }).click();
  await shot('delete-confirm');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await shot('hub-deleted');
  await page.close();
}
await context.close();
server.close();
console.log(`screenshots in ${out}`);
