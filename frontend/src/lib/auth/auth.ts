import Keycloak from 'keycloak-js';
import type { AppConfig } from '../config/config';

/** What the rest of the app needs from authentication; tests provide their own. */
export interface Auth {
  /** A valid access token, refreshed first when it expires within 30 s. */
  getToken(): Promise<string | undefined>;
  /** Name from the ID token, shown until /api/v1/me answers. */
  displayName?: string;
  logout(): void;
}

const MIN_VALIDITY_SECONDS = 30;
const REFRESH_CHECK_MS = 20_000;
const PROBE_TIMEOUT_MS = 8_000;

/** Keycloak (the sign-in service) does not answer: the app shows a message and a retry button, not a blank page. */
export class IdentityProviderUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IdentityProviderUnavailableError';
  }
}

/**
 * Checks that Keycloak answers (its realm's OpenID configuration, which it serves to any origin) before handing
 * the browser over to it: keycloak-js would otherwise redirect to a login page that cannot load, and the user
 * would see the browser's own error page instead of Maillon's message.
 */
export async function checkIdentityProvider(
  config: Pick<AppConfig, 'keycloakUrl' | 'realm'>,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<void> {
  const url = `${config.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new IdentityProviderUnavailableError(`Keycloak did not answer at ${url}`, { cause: error });
  }
  if (!response.ok) {
    throw new IdentityProviderUnavailableError(`Keycloak answered HTTP ${response.status} at ${url}`);
  }
}

/**
 * Signs in with OIDC Authorization Code + PKCE (S256) against Keycloak, redirecting to its login page
 * when there is no session ("login-required"). ui_locales carries the app's language.
 * Rejects with {@link IdentityProviderUnavailableError} when Keycloak cannot be reached.
 */
export async function initAuth(config: AppConfig, uiLocales: string, fetchImpl: typeof fetch = fetch): Promise<Auth> {
  await checkIdentityProvider(config, fetchImpl);
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });

  let authenticated: boolean;
  try {
    authenticated = await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      locale: uiLocales,
    });
  } catch (error) {
    // Back from the login page, the code is exchanged for tokens: a network failure there is Keycloak gone too.
    if (error instanceof TypeError) {
      throw new IdentityProviderUnavailableError('Keycloak did not answer the token request', { cause: error });
    }
    throw error;
  }
  if (!authenticated) {
    await keycloak.login({ locale: uiLocales });
  }

  const refresh = async (minValidity: number) => {
    try {
      await keycloak.updateToken(minValidity);
    } catch {
      // keycloak-js forgets the tokens when Keycloak refuses the session; if they are still there, it did not answer.
      if (keycloak.refreshToken) {
        try {
          await checkIdentityProvider(config, fetchImpl);
        } catch {
          // Keycloak is down for the moment: keep the current token (the API checks it with the keys it already
          // has, until it expires) and try again at the next check. A redirect now would land on an error page.
          console.warn('Maillon: Keycloak is unreachable; the session goes on with the current token');
          return;
        }
      }
      // The session ended (expired, or signed out elsewhere): sign in again.
      await keycloak.login({ locale: document.documentElement.lang || uiLocales });
    }
  };

  keycloak.onTokenExpired = () => void refresh(MIN_VALIDITY_SECONDS);
  // Refresh ahead of expiry, also when the tab was asleep.
  window.setInterval(() => void refresh(MIN_VALIDITY_SECONDS + REFRESH_CHECK_MS / 1000), REFRESH_CHECK_MS);

  const claims = keycloak.idTokenParsed as { name?: string; preferred_username?: string } | undefined;

  return {
    async getToken() {
      await refresh(MIN_VALIDITY_SECONDS);
      return keycloak.token;
    },
    displayName: claims?.name ?? claims?.preferred_username,
    logout() {
      void keycloak.logout({ redirectUri: `${window.location.origin}${import.meta.env.BASE_URL}` });
    },
  };
}
