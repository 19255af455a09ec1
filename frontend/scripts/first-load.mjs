// First-load JavaScript of the built app (npm run build first): the entry chunk, its static imports, and the
// chunks of the first page (the Tableau de bord route), gzipped. Dynamic imports (other routes) are left out.
// Usage: node scripts/first-load.mjs [budget-kB, default 250] — exits 1 over the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const budget = Number(process.argv[2] ?? 250);
const html = readFileSync(`${dist}index.html`, 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const dashboard = readdirSync(`${dist}assets`).find((f) => /^DashboardPage-.*\.js$/.test(f));
const seen = new Set();
const visit = (file) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(`${dist}${file}`, 'utf8');
  // Static imports only: `import x from"./a.js"`, `import"./a.js"`, `export … from"./a.js"`.
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
};
for (const e of entries) visit(e);
if (dashboard) visit(`assets/${dashboard}`);
let total = 0;
for (const file of [...seen].sort()) {
  const size = gzipSync(readFileSync(`${dist}${file}`)).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
const css = readdirSync(`${dist}assets`).filter((f) => f.endsWith('.css'));
const cssSize = css.reduce((s, f) => s + gzipSync(readFileSync(`${dist}assets/${f}`)).length, 0);
console.log(`First-load JS: ${(total / 1024).toFixed(1)} kB gzipped (budget ${budget} kB); CSS ${(cssSize / 1024).toFixed(1)} kB`);
process.exit(total / 1024 > budget ? 1 : 0);
