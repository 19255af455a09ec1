import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type RequestHistory = paths['/api/v1/requests/{id}/history']['get']['responses']['200']['content']['application/json'];
export type RequestTransition = NonNullable<RequestHistory['items']>[number];

export function getRequestHistory(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/requests/{id}/history', { params: { path: { id } }, signal }));
}

export function requestHistoryQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['requests', 'history', id],
    queryFn: ({ signal }) => getRequestHistory(client, id, signal),
  });
}

export function useRequestHistory(id: string) {
  return useQuery(requestHistoryQueryOptions(useApiClient(), id));
}
