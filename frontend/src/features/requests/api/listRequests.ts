import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

type Operation = paths['/api/v1/requests']['get'];
export type RequestPage = Operation['responses']['200']['content']['application/json'];
export type ServiceRequestSummary = NonNullable<RequestPage['items']>[number];
export type RequestFilters = Omit<NonNullable<Operation['parameters']['query']>, 'cursor'>;
export type RequestStatus = NonNullable<ServiceRequestSummary['status']>;
export type PriorityLevel = NonNullable<ServiceRequestSummary['priorityLevel']>;
export type RequestSort = NonNullable<RequestFilters['sort']>;

export function listRequests(client: ApiClient, filters: RequestFilters, cursor?: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/requests', { params: { query: { ...filters, cursor } }, signal }));
}

export function requestsQueryOptions(client: ApiClient, filters: RequestFilters) {
  return infiniteQueryOptions({
    queryKey: ['requests', 'list', filters],
    queryFn: ({ pageParam, signal }) => listRequests(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** A paged list of requests ("Charger plus" fetches the next page). */
export function useRequests(filters: RequestFilters, enabled = true) {
  return useInfiniteQuery({ ...requestsQueryOptions(useApiClient(), filters), enabled });
}
