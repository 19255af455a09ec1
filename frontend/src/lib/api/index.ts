export { createApiClient, type ApiClient, type ApiClientOptions } from './client';
export { ApiClientProvider, useApiClient } from './ApiClientContext';
export { ApiError, toApiError, unwrap, type Problem } from './problem';
export type { paths } from './schema';
