import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';
import { scopeQuery, type ReportScope } from '../lib/periods';

export type ReportSummary = paths['/api/v1/reports/summary']['get']['responses']['200']['content']['application/json'];

/** The figures of the period and the press-release sentence (in the app's language: Accept-Language). */
export function getReportSummary(client: ApiClient, scope: ReportScope, signal?: AbortSignal) {
  // The operation also answers text/csv: the JSON body is the one asked for here (Accept: application/json).
  return unwrap(client.GET('/api/v1/reports/summary', { params: { query: scopeQuery(scope) }, signal })) as Promise<ReportSummary>;
}

export function reportSummaryQueryOptions(client: ApiClient, scope: ReportScope, language: string) {
  return queryOptions({
    queryKey: ['reports', 'summary', scope, language],
    queryFn: ({ signal }) => getReportSummary(client, scope, signal),
  });
}

export function useReportSummary(scope: ReportScope, language: string) {
  return useQuery({ ...reportSummaryQueryOptions(useApiClient(), scope, language), placeholderData: keepPreviousData });
}
