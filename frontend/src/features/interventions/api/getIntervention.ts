import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';

export type Intervention = paths['/api/v1/interventions/{id}']['get']['responses']['200']['content']['application/json'];

export function getIntervention(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrapVersioned(client.GET('/api/v1/interventions/{id}', { params: { path: { id } }, signal }));
}

export function interventionQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['interventions', 'one', id],
    queryFn: ({ signal }) => getIntervention(client, id, signal),
  });
}

/** The intervention with its ETag (data, etag). */
export function useIntervention(id: string) {
  return useQuery(interventionQueryOptions(useApiClient(), id));
}
