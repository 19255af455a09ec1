import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type OrganizationPage = paths['/api/v1/organizations']['get']['responses']['200']['content']['application/json'];
export type OrganizationSummary = NonNullable<OrganizationPage['items']>[number];

/** Current (not archived) organizations whose name contains q, accents and case ignored. */
export function searchOrganizations(client: ApiClient, q: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/organizations', { params: { query: { q, limit: 20 } }, signal }));
}

export function organizationSearchQueryOptions(client: ApiClient, q: string) {
  return queryOptions({
    queryKey: ['organizations', 'search', q],
    queryFn: ({ signal }) => searchOrganizations(client, q, signal),
    staleTime: 60_000,
  });
}

export function useOrganizationSearch(q: string) {
  const trimmed = q.trim();
  return useQuery({
    ...organizationSearchQueryOptions(useApiClient(), trimmed),
    enabled: trimmed.length >= 2,
    placeholderData: keepPreviousData,
  });
}
