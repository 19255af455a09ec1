import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';

export type ServiceRequest = paths['/api/v1/requests/{id}']['get']['responses']['200']['content']['application/json'];
export type Eligibility = NonNullable<ServiceRequest['eligibility']>;

export function getRequest(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrapVersioned(client.GET('/api/v1/requests/{id}', { params: { path: { id } }, signal }));
}

export function requestQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['requests', 'one', id],
    queryFn: ({ signal }) => getRequest(client, id, signal),
  });
}

/** The request with its ETag (data, etag): every write on it sends that ETag as If-Match. */
export function useRequest(id: string) {
  return useQuery(requestQueryOptions(useApiClient(), id));
}
