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

/**
 * Signs in with OIDC Authorization Code + PKCE (S256) against Keycloak, redirecting to its login page
 * when there is no session ("login-required"). ui_locales carries the app's language.
 */
export async function initAuth(config: AppConfig, uiLocales: string): Promise<Auth> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });

  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale: uiLocales,
  });
  if (!authenticated) {
    await keycloak.login({ locale: uiLocales });
  }

  const refresh = async (minValidity: number) => {
    try {
      await keycloak.updateToken(minValidity);
    } catch {
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
