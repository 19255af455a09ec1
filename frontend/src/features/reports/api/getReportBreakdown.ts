import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';
import { scopeQuery, type ReportScope } from '../lib/periods';

type Operation = paths['/api/v1/reports/breakdown']['get'];
export type Breakdown = Operation['responses']['200']['content']['application/json'];
export type BreakdownRow = NonNullable<Breakdown['rows']>[number];
export type Dimension = NonNullable<Operation['parameters']['query']>['dimension'];

/** The activities of the period broken down by one dimension (rows and total). */
export function getReportBreakdown(client: ApiClient, dimension: Dimension, scope: ReportScope, signal?: AbortSignal) {
  // The operation also answers text/csv: the JSON body is the one asked for here (Accept: application/json).
  return unwrap(
    client.GET('/api/v1/reports/breakdown', { params: { query: { dimension, ...scopeQuery(scope) } }, signal }),
  ) as Promise<Breakdown>;
}

export function reportBreakdownQueryOptions(client: ApiClient, dimension: Dimension, scope: ReportScope) {
  return queryOptions({
    queryKey: ['reports', 'breakdown', dimension, scope],
    queryFn: ({ signal }) => getReportBreakdown(client, dimension, scope, signal),
  });
}

export function useReportBreakdown(dimension: Dimension, scope: ReportScope) {
  return useQuery({ ...reportBreakdownQueryOptions(useApiClient(), dimension, scope), placeholderData: keepPreviousData });
}
