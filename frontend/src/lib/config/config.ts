/** Runtime configuration, read from /config.json next to index.html so one build fits every environment. */
export interface AppConfig {
  /** Base URL of the API; "" means same origin (the dev/preview server or nginx proxies /api). */
  apiBaseUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

function isAppConfig(value: unknown): value is AppConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.apiBaseUrl === 'string' &&
    typeof v.keycloakUrl === 'string' &&
    typeof v.realm === 'string' &&
    typeof v.clientId === 'string'
  );
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  const response = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`config.json: HTTP ${response.status}`);
  }
  const json: unknown = await response.json();
  if (!isAppConfig(json)) {
    throw new Error('config.json: apiBaseUrl, keycloakUrl, realm and clientId are required');
  }
  return json;
}
