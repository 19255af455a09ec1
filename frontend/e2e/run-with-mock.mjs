// Runs the e2e test against mock-server.mjs (a stand-in for Keycloak and the API serving dist/),
// to check the web client alone. Needs a build first (npm run build). Exits with the test's code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const port = process.env.MOCK_PORT ?? '5180';
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

const mock = spawn(process.execPath, [here('./mock-server.mjs')], {
  env: { ...process.env, PORT: port },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  mock.stdout.once('data', resolve);
  mock.once('exit', (code) => reject(new Error(`mock server exited with ${code}`)));
});

const test = spawn(process.execPath, [here('./home.e2e.mjs')], {
  env: { ...process.env, E2E_BASE_URL: `http://localhost:${port}` },
  stdio: 'inherit',
});
const code = await new Promise((resolve) => test.once('exit', (c) => resolve(c ?? 1)));
mock.kill('SIGTERM');
process.exit(code);
