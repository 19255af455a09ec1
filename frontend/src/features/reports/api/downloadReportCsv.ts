import { useMutation } from '@tanstack/react-query';
import { ApiError, toApiError, useApiClient, type ApiClient } from '@/lib/api';
import { scopeQuery, type ReportScope } from '../lib/periods';
import type { Dimension } from './getReportBreakdown';

export type CsvReport = { kind: 'summary' } | { kind: 'breakdown'; dimension: Dimension } | { kind: 'activities' };

/** Fetches a report as CSV (with the user's token, Accept: text/csv); the API's headers follow the language. */
export async function fetchReportCsv(client: ApiClient, report: CsvReport, scope: ReportScope): Promise<Blob> {
  const headers = { Accept: 'text/csv' };
  const query = scopeQuery(scope);
  let result: { data?: Blob; error?: unknown; response: Response };
  try {
    result =
      report.kind === 'summary'
        ? await client.GET('/api/v1/reports/summary', { params: { query }, headers, parseAs: 'blob' })
        : report.kind === 'breakdown'
          ? await client.GET('/api/v1/reports/breakdown', {
              params: { query: { ...query, dimension: report.dimension } },
              headers,
              parseAs: 'blob',
            })
          : await client.GET('/api/v1/reports/activities', { params: { query }, headers, parseAs: 'blob' });
  } catch (cause) {
    throw new ApiError(0, {}, { cause });
  }
  if (!result.response.ok || !result.data) {
    let body: unknown = result.error;
    if (body instanceof Blob) {
      try {
        body = JSON.parse(await body.text());
      } catch {
        body = undefined;
      }
    }
    throw toApiError(result.response, body);
  }
  return result.data;
}

/** Saves a Blob under a file name (a temporary link; nothing is kept). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useDownloadReportCsv() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({ report, scope, fileName }: { report: CsvReport; scope: ReportScope; fileName: string }) => {
      saveBlob(await fetchReportCsv(client, report, scope), fileName);
    },
  });
}
