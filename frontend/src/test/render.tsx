import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { QueryClient } from '@tanstack/react-query';
import { routes } from '@/app/router';
import { AppProviders } from '@/app/providers';
import { createApiClient } from '@/lib/api';
import { createI18n, LANGUAGE_STORAGE_KEY, type Language } from '@/lib/i18n';
import type { Auth } from '@/lib/auth';

export interface MockResponse {
  status?: number;
  body: unknown;
  contentType?: string;
}

/** A fetch that answers by path ("/api/v1/me" → response); unknown paths get a 404 problem. */
export function mockFetch(responses: Record<string, MockResponse | unknown>) {
  const calls: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request);
    const path = new URL(request.url).pathname;
    const entry = responses[path];
    if (entry === undefined) {
      return json({ title: 'Not Found', status: 404, detail: `No mock for ${path}` }, 404, 'application/problem+json');
    }
    const r = isMockResponse(entry) ? entry : { body: entry };
    return json(r.body, r.status ?? 200, r.contentType);
  };
  return Object.assign(fetchImpl, { calls });
}

function isMockResponse(value: unknown): value is MockResponse {
  return typeof value === 'object' && value !== null && 'body' in value;
}

function json(body: unknown, status: number, contentType = status >= 400 ? 'application/problem+json' : 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export const fakeAuth: Auth = {
  getToken: async () => 'test-token',
  displayName: 'Marie Tremblay',
  logout: () => {},
};

/** Renders the whole app (router, providers) at a path, with a mocked API. */
export function renderApp({
  path = '/',
  responses = {},
  language,
  auth = fakeAuth,
}: {
  path?: string;
  responses?: Record<string, MockResponse | unknown>;
  language?: Language;
  auth?: Auth;
} = {}) {
  // A language given here is the user's stored choice (so the profile's preferredLanguage doesn't override it).
  if (language) localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  const i18n = createI18n(language);
  const fetchImpl = mockFetch(responses);
  const apiClient = createApiClient({ baseUrl: 'http://localhost', getToken: auth.getToken, fetch: fetchImpl });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders auth={auth} apiClient={apiClient} i18n={i18n} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, i18n, router, fetch: fetchImpl };
}
