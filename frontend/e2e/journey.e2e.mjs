// End-to-end test of the organizers' main journey against the real API and Keycloak (scripts/e2e.sh starts a
// throwaway stack; `npm run e2e` alone needs one running at E2E_BASE_URL):
//   marie.tremblay (organizer) takes in a new request → sophie.lavoie (manager) starts the analysis, assesses
//   eligibility and priority, accepts it with Marie as organizer → Marie logs two activities on the intervention
//   the acceptance opened (quick entry) and sees them in her week on the Tableau de bord and in the Rapports of the
//   current financial year (CSV downloaded). Every page visited gets an axe-core check (WCAG 2.1 AA) and a screenshot in e2e-results/;
//   any Content-Security-Policy violation fails the run. Plain node + playwright-core with Debian's Chromium.
// Prints "N passed, M failed".
//
// Env: E2E_BASE_URL (default http://localhost:5173), E2E_PASSWORD (demo), CHROMIUM_PATH (/usr/bin/chromium),
//      E2E_TIMEOUT_MS (30000).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '');
const password = process.env.E2E_PASSWORD ?? 'demo';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);
const resultsDir = fileURLToPath(new URL('../e2e-results/', import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

class Failure extends Error {}
const check = (condition, message) => {
  if (!condition) throw new Failure(message);
};

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const need = `Essai de bout en bout ${stamp} : des citoyens de Saint-Côme veulent créer un jardin collectif.`;
const state = { requestUrl: '', interventionUrl: '', weekMinutesBefore: 0, reportBefore: { activities: 0, facilitate: 0, write: 0 } };
const visited = [];
const cspViolations = [];

/** axe-core, WCAG 2.1 A and AA rules. Evaluated through the DevTools protocol: the page's CSP stays on. */
async function axeCheck(page, name) {
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  const report = violations
    .map((v) => `  - [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
  check(violations.length === 0, `axe found ${violations.length} accessibility violation(s) on ${name}:\n${report}`);
}

/** Checks the page (axe) and saves its screenshot as e2e-results/NN-name.png. */
async function snapshot(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout }).catch(() => {});
  await axeCheck(page, name);
  visited.push(name);
  await page.screenshot({ path: `${resultsDir}${String(visited.length).padStart(2, '0')}-${name}.png`, fullPage: true });
}

const h1 = (page) => page.getByRole('heading', { level: 1 });

async function minutesOf(text) {
  // "Total : 2 h 15", "Total : 45 min", "Total : 3 h"
  const m = text.replace(/\u00a0|\u202f/g, ' ').match(/(?:(\d+) h)?\s*(?:(\d+)(?: min)?)?\s*$/);
  return (m?.[1] ? Number(m[1]) * 60 : 0) + (m?.[2] ? Number(m[2]) : 0);
}

async function login(page, username) {
  try {
    await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded', timeout });
  } catch (error) {
    throw new Failure(
      `The app is not reachable at ${baseUrl} (${error.message.split('\n')[0]}).\n` +
        '  Start the stack first (scripts/stack.sh up, or scripts/e2e.sh), or set E2E_BASE_URL.',
    );
  }
  await signIn(page, username);
}

async function signIn(page, username) {
  try {
    await page.locator('#username').waitFor({ timeout });
  } catch {
    throw new Failure(`No Keycloak login form (#username); the page is ${page.url()}.`);
  }
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(baseUrl), { timeout }), page.click('#kc-login')]);
  await page.locator('.user__name').waitFor({ timeout });
}

async function logout(page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.locator('#username').waitFor({ timeout });
}

async function goTo(page, path) {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded', timeout });
}

const number = (text) => Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));

/** Opens the Rapports (current financial year by default): activities, and hours of "Animer" and "Rédiger". */
async function reportFigures(page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Rapports' }).click();
  await page.waitForURL(/\/rapports/, { timeout });
  const acts = page.getByTestId('report-acts');
  await acts.locator('table').waitFor({ timeout });
  await page.getByTestId('report-sentence').waitFor({ timeout });
  const sentence = await page.getByTestId('report-sentence').innerText();
  check(/^Au cours de l’année financière/.test(sentence), `The press-release sentence is "${sentence}".`);
  const hours = async (act) => number(await acts.getByRole('row', { name: new RegExp(`^${act}`) }).locator('td').first().innerText());
  const activities = number(
    await page.getByTestId('report').locator('.figures > div', { hasText: 'Activités' }).locator('dd').innerText(),
  );
  return { activities, facilitate: await hours('Animer'), write: await hours('Rédiger') };
}

async function weekTotal(page) {
  const total = page.getByTestId('week-total');
  await total.waitFor({ timeout });
  return minutesOf(await total.innerText());
}

const tests = [
  {
    name: 'Marie signs in and sees her Tableau de bord in French',
    async run(page) {
      await login(page, 'marie.tremblay');
      await h1(page).waitFor({ timeout });
      const title = await h1(page).innerText();
      check(title === 'Bonjour, Marie Tremblay', `The heading is "${title}", expected "Bonjour, Marie Tremblay".`);
      check((await page.getAttribute('html', 'lang')) === 'fr-CA', '<html lang> is not fr-CA.');
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      const links = await nav.getByRole('link').allInnerTexts();
      const expected = ['Tableau de bord', 'Demandes', 'Interventions', 'Concertations', 'Organisations', 'Rapports'];
      check(
        expected.every((l) => links.includes(l)),
        `The main navigation has ${links.join(', ')}; expected ${expected.join(', ')}.`,
      );
      check(
        (await nav.getByRole('link', { name: 'Tableau de bord' }).getAttribute('aria-current')) === 'page',
        'The active route is not marked (aria-current="page").',
      );
      state.weekMinutesBefore = await weekTotal(page);
      await page.getByRole('heading', { name: 'Mes interventions en cours' }).waitFor({ timeout });
      await snapshot(page, 'tableau-de-bord');
      state.reportBefore = await reportFigures(page);
    },
  },
  {
    name: 'Marie takes in a new request from a known organization found without accents',
    async run(page) {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Demandes' }).click();
      await page.getByTestId('requests-table').waitFor({ timeout });
      await snapshot(page, 'demandes');
      await page.getByRole('link', { name: 'Nouvelle demande' }).click();
      await page.getByRole('button', { name: 'Enregistrer la demande' }).waitFor({ timeout });
      await page.getByRole('searchbox', { name: 'Rechercher l’organisme' }).fill('saint-come');
      const match = page.getByRole('radio', { name: /Municipalité de Saint-Côme/ });
      await match.waitFor({ timeout });
      await match.check();
      await page.getByRole('combobox', { name: /Canal de réception/ }).selectOption({ label: 'Téléphone' });
      await page.getByRole('combobox', { name: /^Territoire/ }).selectOption({ label: 'Matawinie' });
      await page
        .getByRole('combobox', { name: /Service demandé/ })
        .selectOption({ label: 'Accompagnement d\'initiatives menées pour et par les communautés' });
      await page.getByRole('textbox', { name: /Besoin exprimé/ }).fill(need);
      await page.getByRole('checkbox', { name: 'Familles' }).check();
      await page.getByRole('checkbox', { name: 'Sécurité alimentaire' }).check();
      await snapshot(page, 'nouvelle-demande');
      await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
      await page.getByText('La demande est enregistrée au statut « Reçue ».').waitFor({ timeout });
      state.requestUrl = new URL(page.url()).pathname;
      check(/^\/demandes\/[0-9a-f-]{36}$/.test(state.requestUrl), `Unexpected request URL ${state.requestUrl}.`);
      await page.getByText(need).waitFor({ timeout });
      await page.getByTestId('request-history').getByText('Demande reçue').waitFor({ timeout });
      check(
        (await page.getByRole('button', { name: 'Décider…' }).count()) === 0,
        'An organizer sees the manager-only "Décider…" button.',
      );
      await snapshot(page, 'demande-recue');
    },
  },
  {
    name: 'Sophie (manager) starts the analysis, assesses eligibility and priority, accepts with Marie',
    async run(page) {
      await logout(page);
      await signIn(page, 'sophie.lavoie');
      await goTo(page, state.requestUrl);
      await page.getByRole('button', { name: 'Commencer l’analyse' }).click();
      const start = page.getByRole('dialog', { name: 'Commencer l’analyse' });
      await start.getByRole('button', { name: 'Commencer l’analyse' }).click();
      await start.waitFor({ state: 'detached', timeout });
      await page.getByTestId('request-history').getByText('Reçue → En analyse').waitFor({ timeout });

      const eligibility = page.getByRole('form', { name: 'Admissibilité' });
      const met = eligibility.getByRole('radio', { name: 'Respecté', exact: true });
      check((await met.count()) === 5, `Expected the 5 eligibility criteria, found ${await met.count()}.`);
      for (let i = 0; i < 5; i++) await met.nth(i).check();
      await eligibility.getByRole('button', { name: 'Enregistrer l’admissibilité' }).click();
      await page.getByText('Admissibilité enregistrée : la demande est admissible.').waitFor({ timeout });

      const priority = page.getByRole('form', { name: 'Priorisation' });
      const high = priority.getByRole('radio', { name: '3 – tout à fait' });
      const criteria = await high.count();
      check(criteria > 0, 'No priority criterion to score.');
      for (let i = 0; i < criteria; i++) await high.nth(i).check();
      const total = await priority.getByTestId('priority-total').innerText();
      check(/Élevée/.test(total), `The live priority level is not "Élevée": "${total}".`);
      await priority.getByRole('button', { name: 'Enregistrer la priorisation' }).click();
      await page.getByText('Priorisation enregistrée : priorité Élevée.').waitFor({ timeout });
      await snapshot(page, 'demande-analysee');

      await page.getByRole('button', { name: 'Décider…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Décision sur la demande' });
      await dialog.getByRole('radio', { name: /^Accepter/ }).check();
      const organizer = dialog.getByRole('combobox', { name: /Organisatrice ou organisateur responsable/ });
      await organizer.locator('option', { hasText: 'Marie Tremblay' }).waitFor({ state: 'attached', timeout });
      await organizer.selectOption({ label: 'Marie Tremblay' });
      await dialog.getByRole('textbox', { name: /Note/ }).fill('Priorité élevée; Marie prend le dossier.');
      await axeCheck(page, 'the decision dialog');
      await dialog.getByRole('button', { name: 'Confirmer la décision' }).click();
      await dialog.waitFor({ state: 'detached', timeout });
      const link = page.getByTestId('request-intervention-link');
      await link.waitFor({ timeout });
      state.interventionUrl = await link.getAttribute('href');
      await page.getByTestId('request-history').getByText('En analyse → Acceptée').waitFor({ timeout });
      await snapshot(page, 'demande-acceptee');
    },
  },
  {
    name: 'Marie logs two activities on the new intervention with quick entry',
    async run(page) {
      await logout(page);
      await signIn(page, 'marie.tremblay');
      await goTo(page, state.interventionUrl);
      const form = page.getByRole('form', { name: 'Saisie rapide d’une activité' });
      await form.waitFor({ timeout });
      const duration = form.getByRole('textbox', { name: /Durée/ });
      // First: 1:30, "Animer", notes, Enter.
      await duration.fill('1:30');
      await form.getByRole('checkbox', { name: 'Animer' }).check();
      await form.getByRole('textbox', { name: 'Notes' }).fill('Première rencontre avec le comité citoyen');
      await form.getByRole('textbox', { name: 'Notes' }).press('Enter');
      await page.getByText(/Activité consignée : 1 h 30/).waitFor({ timeout });
      // Second, keyboard only: 45, Tab to the chips, Space on "Rédiger", Enter.
      check(await duration.evaluate((el) => el === document.activeElement), 'Focus did not return to the duration.');
      await duration.type('45');
      await form.getByRole('checkbox', { name: 'Rédiger' }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await page.getByText(/Activité consignée : 45 min/).waitFor({ timeout });
      const rows = page.getByTestId('activities-table').locator('tbody tr');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="activities-table"] tbody tr').length === 2,
        null,
        { timeout },
      );
      check((await rows.count()) === 2, `Expected 2 activities in the journal, found ${await rows.count()}.`);
      const total = await page.getByTestId('journal-total').innerText();
      check(/2 h 15/.test(total), `The journal total is "${total}", expected 2 h 15.`);
      await snapshot(page, 'intervention-journal');
    },
  },
  {
    name: 'Marie sees the two activities in her week on the Tableau de bord',
    async run(page) {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord' }).click();
      await page.getByTestId('timesheet').waitFor({ timeout });
      const after = await weekTotal(page);
      check(
        after - state.weekMinutesBefore === 135,
        `The week went from ${state.weekMinutesBefore} to ${after} minutes; expected 135 more (1 h 30 + 45 min).`,
      );
      const today = page.getByTestId('timesheet').locator('tr.is-today');
      check((await today.count()) === 1, 'Today is not marked in the timesheet.');
      await snapshot(page, 'tableau-de-bord-apres');
    },
  },
  {
    name: 'Marie browses interventions, concertations and organizations',
    async run(page) {
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: 'Interventions' }).click();
      await page.getByTestId('interventions-table').waitFor({ timeout });
      await snapshot(page, 'interventions');

      await nav.getByRole('link', { name: 'Concertations' }).click();
      await page.getByTestId('concertations-table').waitFor({ timeout });
      await snapshot(page, 'concertations');
      await page.getByTestId('concertations-table').getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Plan d’action' }).waitFor({ timeout });
      await snapshot(page, 'concertation');

      await nav.getByRole('link', { name: 'Organisations' }).click();
      await page.getByTestId('organizations-table').waitFor({ timeout });
      await page.getByRole('searchbox', { name: 'Rechercher par nom' }).fill('municipalite');
      await page.getByRole('searchbox', { name: 'Rechercher par nom' }).press('Enter');
      await page.getByRole('link', { name: 'Municipalité de Saint-Côme' }).waitFor({ timeout });
      await snapshot(page, 'organisations');
      await page.getByRole('link', { name: 'Municipalité de Saint-Côme' }).click();
      await page.getByRole('heading', { name: 'Demandes de l’organisme' }).waitFor({ timeout });
      await page.getByTestId('requests-table').waitFor({ timeout });
      await snapshot(page, 'organisation');
    },
  },
  {
    name: 'Marie finds the two activities in the Rapports of the current financial year and downloads the CSV',
    async run(page) {
      const after = await reportFigures(page);
      check(after.activities - state.reportBefore.activities === 2, `The report's activities went from ${state.reportBefore.activities} to ${after.activities}; expected 2 more.`);
      const facilitate = after.facilitate - state.reportBefore.facilitate;
      const write = after.write - state.reportBefore.write;
      check(Math.abs(facilitate - 1.5) <= 0.1, `"Animer" went up by ${facilitate} h; expected 1,5 h.`);
      check(Math.abs(write - 0.75) <= 0.1, `"Rédiger" went up by ${write} h; expected 0,75 h.`);
      await snapshot(page, 'rapports');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout }),
        page.getByTestId('report-acts').getByRole('button', { name: /^Télécharger .*\(CSV\)$/ }).click(),
      ]);
      const file = `${resultsDir}${download.suggestedFilename()}`;
      await download.saveAs(file);
      const csv = await readFile(file, 'utf8');
      check(csv.charCodeAt(0) === 0xfeff, 'The CSV has no byte-order mark.');
      check(/^FACILITATE,Animer,Facilitate,/m.test(csv.replace(/^\ufeff/, '')), `The CSV has no "Animer" row:\n${csv.slice(0, 300)}`);
      console.log(`  CSV saved: ${download.suggestedFilename()}`);
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
    throw new Failure(
      `Cannot launch Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH): ${error.message.split('\n')[0]}`,
    );
  }
  console.log(`Chromium ${browser.version()} → ${baseUrl}`);
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    consoleErrors.push(msg.text());
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });

  let broken = false;
  for (const test of tests) {
    if (broken) {
      console.log(`✗ ${test.name} (not run: an earlier step failed)`);
      failed++;
      continue;
    }
    try {
      const note = await test.run(page);
      check(cspViolations.length === 0, `Content-Security-Policy violations:\n  ${cspViolations.join('\n  ')}`);
      console.log(`✓ ${test.name}${note ? ` (${note})` : ''}`);
      passed++;
    } catch (error) {
      console.log(`✗ ${test.name}\n  ${error instanceof Failure ? error.message : error.stack}`);
      if (consoleErrors.length) console.log(`  browser console errors:\n    ${consoleErrors.join('\n    ')}`);
      await page.screenshot({ path: `${resultsDir}failure.png`, fullPage: true }).catch(() => {});
      failed++;
      broken = true;
    }
  }
  await writeFile(`${resultsDir}pages.txt`, `${visited.join('\n')}\n`);
} catch (error) {
  console.log(`✗ setup: ${error instanceof Failure ? error.message : error.stack}`);
  failed = Math.max(failed, 1, tests.length - passed);
} finally {
  await browser?.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
