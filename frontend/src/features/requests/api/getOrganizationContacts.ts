import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type Organization = paths['/api/v1/organizations/{id}']['get']['responses']['200']['content']['application/json'];
export type Contact = NonNullable<Organization['contacts']>[number];

/** The organization with its contact people (the read is written to the audit trail: only when needed). */
export function getOrganization(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/organizations/{id}', { params: { path: { id } }, signal }));
}

export function organizationQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['organizations', 'one', id],
    queryFn: ({ signal }) => getOrganization(client, id, signal),
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery({ ...organizationQueryOptions(useApiClient(), id ?? ''), enabled: Boolean(id) });
}
