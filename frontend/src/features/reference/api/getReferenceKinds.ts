import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type ReferenceKindList =
  paths['/api/v1/reference']['get']['responses']['200']['content']['application/json'];
export type ReferenceKind = NonNullable<ReferenceKindList['items']>[number];

export function getReferenceKinds(client: ApiClient, signal?: AbortSignal): Promise<ReferenceKindList> {
  return unwrap(client.GET('/api/v1/reference', { signal }));
}

export function referenceKindsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['reference'],
    queryFn: ({ signal }) => getReferenceKinds(client, signal),
    staleTime: 30 * 60_000,
  });
}

export function useReferenceKinds() {
  return useQuery(referenceKindsQueryOptions(useApiClient()));
}
