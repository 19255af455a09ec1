import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type PriorityAssessmentPage =
  paths['/api/v1/requests/{id}/priority/history']['get']['responses']['200']['content']['application/json'];
export type PriorityAssessment = NonNullable<PriorityAssessmentPage['items']>[number];

export function getPriorityHistory(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/requests/{id}/priority/history', { params: { path: { id } }, signal }));
}

export function priorityHistoryQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['requests', 'priority-history', id],
    queryFn: ({ signal }) => getPriorityHistory(client, id, signal),
  });
}

/** Every priority assessment of the request; the last is the current one (its scores prefill the form). */
export function usePriorityHistory(id: string) {
  return useQuery(priorityHistoryQueryOptions(useApiClient(), id));
}
