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
  headers?: Record<string, string>;
}

/** Answers a request (for writes: check the body, count the calls, answer differently the second time). */
export type MockHandler = (request: Request) => MockResponse | Promise<MockResponse>;

/**
 * A fetch that answers by "METHOD /path" or by path alone ("/api/v1/me" → response, any method); an entry may
 * be a handler. Unknown paths get a 404 problem.
 */
export function mockFetch(responses: Record<string, MockResponse | MockHandler | unknown>) {
  const calls: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push(request.clone());
    const path = new URL(request.url).pathname;
    let entry = responses[`${request.method} ${path}`] ?? responses[path];
    if (typeof entry === 'function') entry = await (entry as MockHandler)(request);
    if (entry === undefined) {
      return json({ title: 'Not Found', status: 404, detail: `No mock for ${path}` }, 404, 'application/problem+json');
    }
    const r = isMockResponse(entry) ? entry : { body: entry };
    return json(r.body, r.status ?? 200, r.contentType, r.headers);
  };
  return Object.assign(fetchImpl, { calls });
}

function isMockResponse(value: unknown): value is MockResponse {
  return typeof value === 'object' && value !== null && 'body' in value;
}

function json(
  body: unknown,
  status: number,
  contentType = status >= 400 ? 'application/problem+json' : 'application/json',
  headers: Record<string, string> = {},
) {
  if (status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
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
  responses?: Record<string, MockResponse | MockHandler | unknown>;
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
