import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { createQueryClient } from './providers';
import { StartupError } from './StartupError';
import { Loading } from '@/components/Loading';
import { loadConfig as loadAppConfig, type AppConfig } from '@/lib/config/config';
import { IdentityProviderUnavailableError, initAuth as initKeycloak, type Auth } from '@/lib/auth/auth';
import { createApiClient } from '@/lib/api';
import { uiLocales } from '@/lib/i18n';

export interface StartupDeps {
  loadConfig: () => Promise<AppConfig>;
  initAuth: (config: AppConfig, uiLocales: string) => Promise<Auth>;
}

const defaults: StartupDeps = { loadConfig: () => loadAppConfig(), initAuth: (c, l) => initKeycloak(c, l) };

/**
 * Starts the app: configuration, sign-in (Keycloak), then the app itself. When something it needs does not answer,
 * it says so in the user's language with a retry button (which starts again), instead of a blank page.
 */
export async function start(root: Root, i18n: I18n, deps: StartupDeps = defaults): Promise<void> {
  root.render(
    <I18nextProvider i18n={i18n}>
      <Loading label={i18n.t('app.signingIn')} />
    </I18nextProvider>,
  );
  try {
    const config = await deps.loadConfig();
    const auth = await deps.initAuth(config, uiLocales(i18n.language));
    const apiClient = createApiClient({ baseUrl: config.apiBaseUrl, getToken: auth.getToken });
    root.render(
      <StrictMode>
        <App auth={auth} apiClient={apiClient} i18n={i18n} queryClient={createQueryClient()} />
      </StrictMode>,
    );
  } catch (error) {
    console.error('Maillon failed to start', error);
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError
          reason={error instanceof IdentityProviderUnavailableError ? 'identity-provider' : 'other'}
          onRetry={() => void start(root, i18n, deps)}
        />
      </I18nextProvider>,
    );
  }
}
