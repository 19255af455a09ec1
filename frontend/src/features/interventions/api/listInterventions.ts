import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

type Operation = paths['/api/v1/interventions']['get'];
export type InterventionPage = Operation['responses']['200']['content']['application/json'];
export type InterventionSummary = NonNullable<InterventionPage['items']>[number];
export type InterventionFilters = Omit<NonNullable<Operation['parameters']['query']>, 'cursor'>;
export type InterventionStatus = NonNullable<InterventionFilters['status']>;

export function listInterventions(client: ApiClient, filters: InterventionFilters, cursor?: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/interventions', { params: { query: { ...filters, cursor } }, signal }));
}

export function interventionsQueryOptions(client: ApiClient, filters: InterventionFilters) {
  return infiniteQueryOptions({
    queryKey: ['interventions', 'list', filters],
    queryFn: ({ pageParam, signal }) => listInterventions(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** A paged list of interventions ("Charger plus" fetches the next page). */
export function useInterventions(filters: InterventionFilters, enabled = true) {
  return useInfiniteQuery({ ...interventionsQueryOptions(useApiClient(), filters), enabled });
}
