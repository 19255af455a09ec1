// A stand-in for Keycloak and the API, to run the e2e test (and look at the app) without the backend.
// It serves dist/ like nginx does, /config.json pointing Keycloak here, a login page with Keycloak's
// field ids, the OIDC endpoints (Authorization Code + PKCE S256 verified) and /api/v1 fixtures.
// Usage: npm run build && node e2e/mock-server.mjs   (PORT, default 5180)
import { createServer } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 5180);
const origin = `http://localhost:${port}`;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const realmPath = '/kc/realms/maillon';
const users = { 'marie.tremblay': { password: 'demo', name: 'Marie Tremblay', email: 'marie.tremblay@example.org' } };
const codes = new Map(); // code -> { username, nonce, challenge, redirectUri }

const me = {
  username: 'marie.tremblay',
  name: 'Marie Tremblay',
  email: 'marie.tremblay@example.org',
  roles: ['organizer'],
  establishment: { code: 'CISSS-LAN', labelFr: 'CISSS de Lanaudière', labelEn: 'CISSS de Lanaudière' },
  territories: [
    { code: 'LAN-JOLIETTE', labelFr: 'Joliette', labelEn: 'Joliette' },
    { code: 'LAN-MATAWINIE', labelFr: 'Matawinie', labelEn: 'Matawinie' },
  ],
  preferredLanguage: 'fr',
};
const kinds = [
  ['territories', 'Territoires', 'Territories'],
  ['service-offers', 'Offres de service', 'Service offers'],
  ['axes', "Axes d'intervention", 'Intervention axes'],
  ['intervention-types', "Types d'intervention", 'Intervention types'],
  ['determinants', 'Déterminants de la santé', 'Health determinants'],
  ['populations', 'Populations', 'Populations'],
  ['professional-acts', 'Actes professionnels', 'Professional acts'],
  ['organization-types', "Types d'organisme", 'Organization types'],
  ['concertation-kinds', 'Types de concertation', 'Concertation kinds'],
  ['concertation-themes', 'Thèmes de concertation', 'Concertation themes'],
  ['refusal-reasons', 'Motifs de refus', 'Refusal reasons'],
  ['request-channels', 'Canaux de réception', 'Request channels'],
].map(([kind, labelFr, labelEn]) => ({ kind, labelFr, labelEn }));
const determinants = [
  ['POVERTY', 'Pauvreté', 'Poverty'],
  ['EXCLUSION', 'Exclusion et marginalisation', 'Exclusion and marginalization'],
  ['ENVIRONMENT', 'Environnement physique et social', 'Physical and social environment'],
  ['HOUSING', 'Logement', 'Housing'],
  ['FOOD_SECURITY', 'Sécurité alimentaire', 'Food security'],
  ['TRANSPORT', 'Transport', 'Transportation'],
  ['ISOLATION', 'Isolement', 'Isolation'],
  ['EDUCATION', 'Éducation', 'Education'],
  ['WORK', 'Emploi', 'Work'],
  ['LIFESTYLE', 'Habitudes de vie', 'Lifestyle habits'],
].map(([code, labelFr, labelEn], i) => ({ code, labelFr, labelEn, sortOrder: i + 1, active: true }));

const b64url = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const jwt = (claims) => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(res, status, body, type = 'application/json', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}
const problem = (res, status, title, detail) =>
  send(res, status, { type: 'about:blank', title, status, detail }, 'application/problem+json');

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return new URLSearchParams(Buffer.concat(chunks).toString());
}

function loginPage(params, error) {
  const fr = (params.get('ui_locales') ?? 'fr').startsWith('fr');
  const hidden = [...params].map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
  return `<!doctype html><html lang="${fr ? 'fr' : 'en'}"><head><meta charset="utf-8"><title>${fr ? 'Se connecter' : 'Sign in'} (mock Keycloak)</title></head>
<body><main><h1>${fr ? 'Connectez-vous à votre compte' : 'Sign in to your account'}</h1>
${error ? `<p role="alert">${fr ? 'Nom d’utilisateur ou mot de passe invalide.' : 'Invalid username or password.'}</p>` : ''}
<form method="post" action="${realmPath}/protocol/openid-connect/auth">${hidden}
<p><label for="username">${fr ? 'Nom d’utilisateur' : 'Username'}</label> <input id="username" name="username" autocomplete="username"></p>
<p><label for="password">${fr ? 'Mot de passe' : 'Password'}</label> <input id="password" name="password" type="password" autocomplete="current-password"></p>
<p><input id="kc-login" type="submit" value="${fr ? 'Se connecter' : 'Sign In'}"></p></form></main></body></html>`;
}

function tokens(username, nonce) {
  const now = Math.floor(Date.now() / 1000);
  const user = users[username];
  const common = { iss: `${origin}${realmPath}`, sub: username, azp: 'maillon-web', iat: now, nonce, sid: 'mock' };
  return {
    access_token: jwt({ ...common, exp: now + 300, typ: 'Bearer', preferred_username: username, name: user.name, realm_access: { roles: ['organizer'] } }),
    id_token: jwt({ ...common, exp: now + 300, typ: 'ID', aud: 'maillon-web', preferred_username: username, name: user.name, email: user.email }),
    refresh_token: jwt({ ...common, exp: now + 1800, typ: 'Refresh', username }),
    token_type: 'Bearer',
    expires_in: 300,
    refresh_expires_in: 1800,
    session_state: 'mock',
    scope: 'openid profile email',
  };
}

async function handle(req, res) {
  const url = new URL(req.url, origin);
  const path = url.pathname;

  if (path === '/config.json') {
    return send(res, 200, { apiBaseUrl: '', keycloakUrl: `${origin}/kc`, realm: 'maillon', clientId: 'maillon-web' });
  }

  if (path === `${realmPath}/.well-known/openid-configuration`) {
    // The client checks that Keycloak answers before redirecting to its login page.
    const base = `${origin}${realmPath}/protocol/openid-connect`;
    return send(res, 200, { issuer: `${origin}${realmPath}`, authorization_endpoint: `${base}/auth`, token_endpoint: `${base}/token` });
  }

  if (path === `${realmPath}/protocol/openid-connect/auth`) {
    const params = req.method === 'POST' ? await readBody(req) : url.searchParams;
    if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge')) {
      return send(res, 400, 'PKCE S256 required', 'text/plain');
    }
    if (req.method !== 'POST') return send(res, 200, loginPage(params), 'text/html; charset=utf-8');
    const username = params.get('username');
    if (users[username]?.password !== params.get('password')) {
      const keep = new URLSearchParams([...params].filter(([k]) => k !== 'username' && k !== 'password'));
      return send(res, 200, loginPage(keep, true), 'text/html; charset=utf-8');
    }
    const code = randomBytes(16).toString('hex');
    codes.set(code, { username, nonce: params.get('nonce'), challenge: params.get('code_challenge'), redirectUri: params.get('redirect_uri') });
    const back = new URLSearchParams({ state: params.get('state'), session_state: 'mock', iss: `${origin}${realmPath}`, code });
    const sep = params.get('response_mode') === 'query' ? (params.get('redirect_uri').includes('?') ? '&' : '?') : '#';
    return send(res, 302, '', 'text/plain', { Location: `${params.get('redirect_uri')}${sep}${back}` });
  }

  if (path === `${realmPath}/protocol/openid-connect/token` && req.method === 'POST') {
    const body = await readBody(req);
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (body.get('grant_type') === 'authorization_code') {
      const grant = codes.get(body.get('code'));
      codes.delete(body.get('code'));
      const verifier = body.get('code_verifier') ?? '';
      if (!grant || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) {
        return send(res, 400, { error: 'invalid_grant', error_description: 'bad code or PKCE verifier' }, 'application/json', cors);
      }
      return send(res, 200, tokens(grant.username, grant.nonce), 'application/json', cors);
    }
    if (body.get('grant_type') === 'refresh_token') {
      const claims = JSON.parse(Buffer.from(body.get('refresh_token').split('.')[1], 'base64url'));
      return send(res, 200, tokens(claims.username, claims.nonce), 'application/json', cors);
    }
    return send(res, 400, { error: 'unsupported_grant_type' }, 'application/json', cors);
  }

  if (path === `${realmPath}/protocol/openid-connect/logout`) {
    return send(res, 302, '', 'text/plain', { Location: url.searchParams.get('post_logout_redirect_uri') ?? '/' });
  }

  if (path.startsWith('/api/')) {
    if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return problem(res, 401, 'Unauthorized', 'Jeton manquant.');
    if (path === '/api/v1/me') return send(res, 200, me);
    if (path === '/api/v1/reference') return send(res, 200, { items: kinds });
    const m = path.match(/^\/api\/v1\/reference\/([a-z-]+)$/);
    if (m && kinds.some((k) => k.kind === m[1])) {
      const list = kinds.find((k) => k.kind === m[1]);
      return send(res, 200, { ...list, items: m[1] === 'determinants' ? determinants : [] });
    }
    return problem(res, 404, 'Not Found', `Ressource introuvable : ${path}`);
  }

  // Static files from dist/, SPA fallback to index.html.
  const file = normalize(join(dist, decodeURIComponent(path)));
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };
  try {
    if (file.startsWith(dist) && (await stat(file)).isFile()) {
      return send(res, 200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
    }
  } catch {
    // not a file: fall through to index.html
  }
  return send(res, 200, await readFile(join(dist, 'index.html')), types['.html']);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    send(res, 500, 'mock server error', 'text/plain');
  });
});
server.listen(port, '127.0.0.1', () => console.log(`mock Keycloak + API + dist on ${origin}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
