import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type OrganizerPage = paths['/api/v1/organizers']['get']['responses']['200']['content']['application/json'];
export type Organizer = NonNullable<OrganizerPage['items']>[number];

/** Active organizers of a territory (who may be assigned a request of it). */
export function listOrganizers(client: ApiClient, territory: string | undefined, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/organizers', { params: { query: { territory, active: true, limit: 200 } }, signal }));
}

export function organizersQueryOptions(client: ApiClient, territory: string | undefined) {
  return queryOptions({
    queryKey: ['organizers', territory ?? ''],
    queryFn: ({ signal }) => listOrganizers(client, territory, signal),
    staleTime: 5 * 60_000,
  });
}

export function useOrganizers(territory: string | undefined) {
  return useQuery(organizersQueryOptions(useApiClient(), territory));
}
