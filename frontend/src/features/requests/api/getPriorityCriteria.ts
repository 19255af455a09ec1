import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type PriorityCriterionPage = paths['/api/v1/priority-criteria']['get']['responses']['200']['content']['application/json'];
export type PriorityCriterion = NonNullable<PriorityCriterionPage['items']>[number];

export function getPriorityCriteria(client: ApiClient, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/priority-criteria', { signal }));
}

export function priorityCriteriaQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['priority-criteria'],
    queryFn: ({ signal }) => getPriorityCriteria(client, signal),
    staleTime: 10 * 60_000,
  });
}

/** The establishment's weighted priority criteria, in their order (active and not). */
export function usePriorityCriteria() {
  return useQuery(priorityCriteriaQueryOptions(useApiClient()));
}
