import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type InterventionHistory =
  paths['/api/v1/interventions/{id}/history']['get']['responses']['200']['content']['application/json'];
export type InterventionTransition = NonNullable<InterventionHistory['items']>[number];

export function getInterventionHistory(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/interventions/{id}/history', { params: { path: { id } }, signal }));
}

export function interventionHistoryQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['interventions', 'history', id],
    queryFn: ({ signal }) => getInterventionHistory(client, id, signal),
  });
}

export function useInterventionHistory(id: string) {
  return useQuery(interventionHistoryQueryOptions(useApiClient(), id));
}
