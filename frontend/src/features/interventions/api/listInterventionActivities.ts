import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type ActivityPage =
  paths['/api/v1/interventions/{id}/activities']['get']['responses']['200']['content']['application/json'];
export type Activity = NonNullable<ActivityPage['items']>[number];

export function listInterventionActivities(client: ApiClient, id: string, cursor?: string, signal?: AbortSignal) {
  return unwrap(
    client.GET('/api/v1/interventions/{id}/activities', { params: { path: { id }, query: { cursor, limit: 50 } }, signal }),
  );
}

export function interventionActivitiesQueryOptions(client: ApiClient, id: string) {
  return infiniteQueryOptions({
    queryKey: ['activities', 'intervention', id],
    queryFn: ({ pageParam, signal }) => listInterventionActivities(client, id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The intervention's activity journal, most recent first, with the total minutes of all of it. */
export function useInterventionActivities(id: string) {
  return useInfiniteQuery(interventionActivitiesQueryOptions(useApiClient(), id));
}
