import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type ReferenceItemList =
  paths['/api/v1/reference/{kind}']['get']['responses']['200']['content']['application/json'];
export type ReferenceItem = NonNullable<ReferenceItemList['items']>[number];
/** The kinds the API knows; any other string gets a 404 problem from the API. */
export type ReferenceKindCode = paths['/api/v1/reference/{kind}']['get']['parameters']['path']['kind'];

export function getReferenceItems(client: ApiClient, kind: string, signal?: AbortSignal): Promise<ReferenceItemList> {
  return unwrap(client.GET('/api/v1/reference/{kind}', { params: { path: { kind: kind as ReferenceKindCode } }, signal }));
}

export function referenceItemsQueryOptions(client: ApiClient, kind: string) {
  return queryOptions({
    queryKey: ['reference', kind],
    queryFn: ({ signal }) => getReferenceItems(client, kind, signal),
    staleTime: 30 * 60_000,
  });
}

export function useReferenceItems(kind: string) {
  return useQuery(referenceItemsQueryOptions(useApiClient(), kind));
}
