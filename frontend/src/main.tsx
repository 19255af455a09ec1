import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createQueryClient } from './app/providers';
import { StartupError } from './app/StartupError';
import { Loading } from './components/Loading';
import { loadConfig } from './lib/config/config';
import { initAuth } from './lib/auth/auth';
import { createApiClient } from './lib/api';
import { createI18n, uiLocales } from './lib/i18n';
import './app/styles.css';

const i18n = createI18n();
const root = createRoot(document.getElementById('root')!);

async function start() {
  root.render(
    <I18nextProvider i18n={i18n}>
      <Loading label={i18n.t('app.signingIn')} />
    </I18nextProvider>,
  );
  try {
    const config = await loadConfig();
    const auth = await initAuth(config, uiLocales(i18n.language));
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
        <StartupError onRetry={() => window.location.reload()} />
      </I18nextProvider>,
    );
  }
}

void start();
