import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient } from '@/lib/api';

export function getOrganizer(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/organizers/{id}', { params: { path: { id } }, signal }));
}

export function organizerQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['organizers', 'one', id],
    queryFn: ({ signal }) => getOrganizer(client, id, signal),
    staleTime: 10 * 60_000,
  });
}

/** One organizer of the directory (the name of a request's assigned organizer). */
export function useOrganizer(id: string | undefined) {
  return useQuery({ ...organizerQueryOptions(useApiClient(), id ?? ''), enabled: Boolean(id) });
}
