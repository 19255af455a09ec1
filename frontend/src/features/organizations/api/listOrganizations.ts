import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

type Operation = paths['/api/v1/organizations']['get'];
export type OrganizationPage = Operation['responses']['200']['content']['application/json'];
export type OrganizationSummary = NonNullable<OrganizationPage['items']>[number];
export type OrganizationFilters = Omit<NonNullable<Operation['parameters']['query']>, 'cursor'>;

export function listOrganizations(client: ApiClient, filters: OrganizationFilters, cursor?: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/organizations', { params: { query: { ...filters, cursor } }, signal }));
}

export function organizationsQueryOptions(client: ApiClient, filters: OrganizationFilters) {
  return infiniteQueryOptions({
    queryKey: ['organizations', 'list', filters],
    queryFn: ({ pageParam, signal }) => listOrganizations(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The directory, by name (accents ignored), 50 at a time. */
export function useOrganizations(filters: OrganizationFilters) {
  return useInfiniteQuery(organizationsQueryOptions(useApiClient(), filters));
}
