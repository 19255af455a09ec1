// End-to-end test: signs in through the Keycloak login page, checks the French home screen and a
// reference page, runs axe-core (WCAG 2.1 AA) on each, and saves screenshots in e2e-results/.
// Plain node + playwright-core with Debian's Chromium (no browser download). Prints "N passed, M failed".
//
// Env: E2E_BASE_URL (default http://localhost:5173), E2E_USERNAME / E2E_PASSWORD (marie.tremblay / demo),
//      CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 30000).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const username = process.env.E2E_USERNAME ?? 'marie.tremblay';
const password = process.env.E2E_PASSWORD ?? 'demo';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);
const resultsDir = fileURLToPath(new URL('../e2e-results/', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

class Failure extends Error {}
const check = (condition, message) => {
  if (!condition) throw new Failure(message);
};

async function axeCheck(page, name) {
  await page.addScriptTag({ content: axeSource });
  const { violations } = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const report = violations
    .map((v) => `  - [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
  check(violations.length === 0, `axe found ${violations.length} accessibility violation(s) on ${name}:\n${report}`);
}

async function textOf(page, selector) {
  return (await page.locator(selector).innerText({ timeout })).replace(/\s+/g, ' ');
}

const tests = [
  {
    name: 'signs in through Keycloak and shows the French home screen',
    async run(page) {
      try {
        await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded', timeout });
      } catch (error) {
        throw new Failure(
          `The app is not reachable at ${baseUrl} (${error.message.split('\n')[0]}).\n` +
            '  Start it first (npm run preview, with the API on :8080 and Keycloak on :8180), or set E2E_BASE_URL.',
        );
      }
      // The app redirects to Keycloak's login page (login-required, Authorization Code + PKCE).
      try {
        await page.locator('#username').waitFor({ timeout });
      } catch {
        throw new Failure(`No Keycloak login form (#username) after opening ${baseUrl}; the page is ${page.url()}.`);
      }
      console.log(`  login page: ${page.url().split('?')[0]} (html lang="${await page.getAttribute('html', 'lang')}")`);
      await page.fill('#username', username);
      await page.fill('#password', password);
      await Promise.all([page.waitForURL((url) => url.href.startsWith(baseUrl), { timeout }), page.click('#kc-login')]);

      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout });
      const h1 = await heading.innerText();
      check(h1.includes('Marie Tremblay'), `The heading is "${h1}", expected it to greet Marie Tremblay.`);
      check(h1.startsWith('Bonjour'), `The heading is "${h1}", expected French ("Bonjour, …").`);
      const lang = await page.getAttribute('html', 'lang');
      check(lang === 'fr-CA', `<html lang> is "${lang}", expected "fr-CA".`);

      const banner = await textOf(page, 'header');
      check(banner.includes('Marie Tremblay'), `The header does not show the user's name: "${banner}".`);
      check(banner.includes('CISSS de Lanaudière'), `The header does not show "CISSS de Lanaudière": "${banner}".`);

      const kinds = page.getByTestId('reference-kinds').getByRole('link');
      await kinds.first().waitFor({ timeout });
      const labels = await kinds.allInnerTexts();
      check(labels.length > 0, 'No reference kinds are listed.');
      check(
        labels.includes('Déterminants de la santé'),
        `Expected the French reference label "Déterminants de la santé" among: ${labels.join(', ')}.`,
      );

      await axeCheck(page, 'the home screen');
      await page.screenshot({ path: `${resultsDir}home.png`, fullPage: true });
    },
  },
  {
    name: 'opens a reference list with its French labels',
    async run(page) {
      await page.getByRole('link', { name: 'Déterminants de la santé' }).click();
      await page.waitForURL(/\/reference\/determinants$/, { timeout });
      const rows = page.locator('table tbody tr');
      await rows.first().waitFor({ timeout });
      check((await rows.count()) > 0, 'The determinants list is empty.');
      const h1 = await page.getByRole('heading', { level: 1 }).innerText();
      check(h1 === 'Déterminants de la santé', `The heading is "${h1}", expected "Déterminants de la santé".`);
      await axeCheck(page, 'the reference page');
      await page.screenshot({ path: `${resultsDir}reference-determinants.png`, fullPage: true });
    },
  },
];

let passed = 0;
let failed = 0;
let browser;
try {
  await mkdir(resultsDir, { recursive: true });
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    throw new Failure(`Cannot launch Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH): ${error.message.split('\n')[0]}`);
  }
  console.log(`Chromium ${browser.version()} → ${baseUrl}`);
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));

  let broken = false;
  for (const test of tests) {
    if (broken) {
      console.log(`✗ ${test.name} (not run: an earlier step failed)`);
      failed++;
      continue;
    }
    try {
      await test.run(page);
      console.log(`✓ ${test.name}`);
      passed++;
    } catch (error) {
      console.log(`✗ ${test.name}\n  ${error instanceof Failure ? error.message : error.stack}`);
      if (consoleErrors.length) console.log(`  browser console errors:\n    ${consoleErrors.join('\n    ')}`);
      await page.screenshot({ path: `${resultsDir}failure.png`, fullPage: true }).catch(() => {});
      failed++;
      broken = true;
    }
  }
} catch (error) {
  console.log(`✗ setup: ${error instanceof Failure ? error.message : error.stack}`);
  failed = Math.max(failed, 1, tests.length - passed);
} finally {
  await browser?.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
