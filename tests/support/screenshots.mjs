// Screenshots of each screen at desktop and phone width, for a person to
// look at: node tests/support/screenshots.mjs [out-dir]
import { launch, openApp, startServer } from './browser.mjs';
import { mkdir } from 'node:fs/promises';

const out = process.argv[2] ?? 'tests/output/screenshots';
await mkdir(out, { recursive: true });
const { server, url } = await startServer();
const context = await launch();
for (const [label, width] of [['desktop', 1280], ['phone', 390]]) {
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
  await page.getByRole('link', { name: 'Our summary for the assessment' }).click();
  await shot('summary');
  await page.getByRole('link', { name: 'Back to your plan' }).click();
  await page.getByRole('link', { name: 'Your privacy' }).click();
  await shot('privacy');
  await page.getByRole('link', { name: 'Back to your plan' }).click();
  await page.getByLabel('Open a saved plan').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"oops') });
  await page.locator('.sds-notice').waitFor();
  await shot('hub-bad-file');
  await page.getByRole('button', { name: 'Start a session on a shared device' }).click();
  await shot('start-session');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await shot('hub-session');
  await page.getByRole('button', { name: 'End session' }).click();
  await shot('end-session');
  await page.getByRole('button', { name: 'End session and delete this plan' }).click();
  await page.getByRole('button', { name: 'Delete everything from this device' }).click();
  await shot('delete-confirm');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await shot('hub-deleted');
  await page.close();
}
await context.close();
server.close();
console.log(`screenshots in ${out}`);
