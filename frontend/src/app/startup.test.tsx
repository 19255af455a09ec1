import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { start, type StartupDeps } from './startup';
import { checkIdentityProvider, IdentityProviderUnavailableError, initAuth } from '@/lib/auth/auth';
import { createI18n } from '@/lib/i18n';
import type { AppConfig } from '@/lib/config/config';

const config: AppConfig = { apiBaseUrl: '', keycloakUrl: 'http://localhost:8180/', realm: 'maillon', clientId: 'maillon-web' };
const discovery = 'http://localhost:8180/realms/maillon/.well-known/openid-configuration';

let root: Root | undefined;

async function startWith(deps: StartupDeps, language: 'fr-CA' | 'en' = 'fr-CA') {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(() => start(root!, createI18n(language), deps));
}

/** The real sign-in (keycloak-js behind initAuth) with a network where Keycloak does not answer. */
function keycloakDown(fetch: typeof globalThis.fetch): StartupDeps {
  return { loadConfig: async () => config, initAuth: (c, l) => initAuth(c, l, fetch) };
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.restoreAllMocks();
});

describe('start-up when Keycloak is unreachable', () => {
  it('says so in French, with a retry button that tries again, instead of leaving for a dead login page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const before = window.location.href;
    await startWith(keycloakDown(fetch));

    expect(screen.getByRole('heading', { level: 1, name: 'La connexion est impossible pour le moment.' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Le service de connexion (Keycloak) ne répond pas.');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]?.[0])).toBe(discovery);
    expect(window.location.href).toBe(before);

    await act(() => userEvent.click(screen.getByRole('button', { name: 'Réessayer' })));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { level: 1, name: 'La connexion est impossible pour le moment.' })).toBeInTheDocument();
  });

  it('says so in English when the user chose English, also when a proxy answers 502 for Keycloak', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('Bad Gateway', { status: 502 }));
    await startWith(keycloakDown(fetch), 'en');

    expect(screen.getByRole('heading', { level: 1, name: 'Signing in is not possible at the moment.' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The sign-in service (Keycloak) is not answering.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('keeps the general message when it is the configuration that cannot be read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startWith({
      loadConfig: () => Promise.reject(new TypeError('Failed to fetch')),
      initAuth: () => Promise.reject(new Error('not reached')),
    });

    expect(screen.getByRole('heading', { level: 1, name: 'L’application n’a pas pu démarrer.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});

describe('checkIdentityProvider', () => {
  it("accepts Keycloak's answer and refuses no answer, an error status or a timeout", async () => {
    const ok = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('{}', { status: 200 }));
    await expect(checkIdentityProvider(config, ok)).resolves.toBeUndefined();
    expect(String(ok.mock.calls[0]?.[0])).toBe(discovery);

    const refused = vi.fn<typeof globalThis.fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(checkIdentityProvider(config, refused)).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
    const unavailable = vi.fn<typeof globalThis.fetch>().mockResolvedValue(new Response('', { status: 503 }));
    await expect(checkIdentityProvider(config, unavailable)).rejects.toThrow(/HTTP 503/);

    const hanging = vi.fn<typeof globalThis.fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    );
    await expect(checkIdentityProvider(config, hanging, 50)).rejects.toBeInstanceOf(IdentityProviderUnavailableError);
  });
});
