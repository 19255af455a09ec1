import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';

export type ConcertationDetail =
  paths['/api/v1/concertations/{id}']['get']['responses']['200']['content']['application/json'];
export type Member = NonNullable<ConcertationDetail['members']>[number];
export type Meeting = NonNullable<ConcertationDetail['recentMeetings']>[number];
export type SupportingOrganizer = NonNullable<ConcertationDetail['organizers']>[number];
export type ActionPlan = NonNullable<ConcertationDetail['actionPlan']>;
export type ActionPlanItem = NonNullable<ActionPlan['items']>[number];

export function getConcertation(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrapVersioned(client.GET('/api/v1/concertations/{id}', { params: { path: { id } }, signal }));
}

export function concertationQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['concertations', 'one', id],
    queryFn: ({ signal }) => getConcertation(client, id, signal),
  });
}

/** A concertation place with members, organizers, recent meetings and action plan (and its ETag). */
export function useConcertation(id: string) {
  return useQuery(concertationQueryOptions(useApiClient(), id));
}

/** Several places at once (the dashboard's next and last meetings). */
export function useConcertationDetails(ids: readonly string[]) {
  const client = useApiClient();
  return useQueries({ queries: ids.map((id) => concertationQueryOptions(client, id)) });
}
