import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type Timesheet = paths['/api/v1/activities/timesheet']['get']['responses']['200']['content']['application/json'];

/** The caller's minutes per day from `from` to `to` (the API's default: this week, Monday to Sunday). */
export function getTimesheet(client: ApiClient, from: string, to: string, signal?: AbortSignal) {
  return unwrap(client.GET('/api/v1/activities/timesheet', { params: { query: { from, to } }, signal }));
}

export function timesheetQueryOptions(client: ApiClient, from: string, to: string) {
  return queryOptions({
    queryKey: ['timesheet', from, to],
    queryFn: ({ signal }) => getTimesheet(client, from, to, signal),
  });
}

export function useTimesheet(from: string, to: string) {
  return useQuery(timesheetQueryOptions(useApiClient(), from, to));
}
