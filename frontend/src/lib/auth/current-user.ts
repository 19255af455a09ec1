import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '../api';

/** The signed-in user as GET /api/v1/me returns them. */
export type CurrentUser = paths['/api/v1/me']['get']['responses']['200']['content']['application/json'];

export function getCurrentUser(client: ApiClient, signal?: AbortSignal): Promise<CurrentUser> {
  return unwrap(client.GET('/api/v1/me', { signal }));
}

export function currentUserQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => getCurrentUser(client, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions(useApiClient()));
}
