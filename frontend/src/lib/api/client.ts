import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  getToken: () => Promise<string | undefined>;
  fetch?: typeof fetch;
}

/** The typed API client; every call carries the user's bearer token. */
export function createApiClient({ baseUrl, getToken, fetch: fetchImpl }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    headers: { Accept: 'application/json, application/problem+json' },
  });
  const auth: Middleware = {
    async onRequest({ request }) {
      const token = await getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      const language = globalThis.document?.documentElement.lang;
      if (language) request.headers.set('Accept-Language', language);
      return request;
    },
  };
  client.use(auth);
  return client;
}
