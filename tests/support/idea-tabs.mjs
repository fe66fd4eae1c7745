// How many Tab presses a support idea's page takes, from its title to
// "Save this idea", for each kind (issue 13: it was 24 to 26, through 21
// day boxes). Prints one line a kind; nothing is asserted.
//   node tests/support/idea-tabs.mjs
import { launch, openApp, startServer } from './browser.mjs';

const KINDS = ['Personal assistant (PA)', 'Provider or agency hours', 'Club or activity', 'Short breaks', 'One-off purchase', 'Travel', 'Something else'];
const { server, url } = await startServer();
const context = await launch();
const { page } = await openApp(context, url);
await page.getByRole('link', { name: 'Support ideas and costs' }).click();
for (const kind of KINDS) {
  await page.getByRole('button', { name: 'Add a support idea' }).click();
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1[tabindex="-1"]').waitFor();
  await page.locator('h1').focus();
  let tabs = 0;
  for (; tabs < 200; tabs += 1) {
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text === 'Save this idea') break;
    await page.keyboard.press('Tab');
  }
  console.log(`${kind}: ${tabs} Tab presses from the title to "Save this idea"`);
  await page.getByRole('link', { name: 'Back to support ideas and costs' }).click();
}
await context.close();
server.close();
