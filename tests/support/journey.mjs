// Prints a typical family's whole journey on a 390 px phone, screen by
// screen, with the counts of screens, taps and typed answers (the journey
// and the family are described in journey-steps.mjs; the browser test
// journey.test.mjs keeps the counts within issue 13's target).
//   node tests/support/journey.mjs
import { launch, openApp, startServer } from './browser.mjs';
import { typicalJourney } from './journey-steps.mjs';

const { server, url } = await startServer();
const context = await launch();
const { page } = await openApp(context, url);
await page.setViewportSize({ width: 390, height: 844 });
const { screens, taps, typed } = await typicalJourney(page);
console.log(screens.map((s, n) => `${String(n + 1).padStart(2)} ${s}`).join('\n'));
console.log(`\nA typical family's journey at 390 px: ${screens.length} screens, ${taps} taps, ${typed} typed answers.`);
await context.close();
server.close();
