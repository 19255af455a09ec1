import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

type Operation = paths['/api/v1/concertations']['get'];
export type ConcertationPage = Operation['responses']['200']['content']['application/json'];
export type ConcertationSummary = NonNullable<ConcertationPage['items']>[number];
export type ConcertationFilters = Omit<NonNullable<Operation['parameters']['query']>, 'cursor'>;

export function listConcertations(client: ApiClient, filters: ConcertationFilters, cursor?: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/concertations', { params: { query: { ...filters, cursor } }, signal }));
}

export function concertationsQueryOptions(client: ApiClient, filters: ConcertationFilters) {
  return infiniteQueryOptions({
    queryKey: ['concertations', 'list', filters],
    queryFn: ({ pageParam, signal }) => listConcertations(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useConcertations(filters: ConcertationFilters, enabled = true) {
  return useInfiniteQuery({ ...concertationsQueryOptions(useApiClient(), filters), enabled });
}
