import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';

export type Organization = paths['/api/v1/organizations/{id}']['get']['responses']['200']['content']['application/json'];

/** The organization with its contact people (reading them is written to the audit trail). */
export function getOrganization(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrapVersioned(client.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal }));
}

export function organizationQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) => getOrganization(client, id, signal),
  });
}

export function useOrganization(id: string) {
  return useQuery(organizationQueryOptions(useApiClient(), id));
}
