import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '../api';
import { useFormat } from '../i18n';

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

export interface ReferenceOption {
  code: string;
  label: string;
  active: boolean;
}

/**
 * A reference list ready for forms and display: `options` (active entries, in the list's own order, labels in
 * the active language), `label(code)` (any entry, active or not; the code itself while loading or unknown).
 */
export function useReference(kind: ReferenceKindCode) {
  const query = useReferenceItems(kind);
  const format = useFormat();
  return useMemo(() => {
    const items = [...(query.data?.items ?? [])].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
    const all: ReferenceOption[] = items
      .filter((i) => i.code)
      .map((i) => ({ code: i.code!, label: format.label(i), active: i.active !== false }));
    const byCode = new Map(all.map((o) => [o.code, o.label]));
    return {
      isPending: query.isPending,
      isError: query.isError,
      error: query.error,
      all,
      options: all.filter((o) => o.active),
      label: (code: string | undefined | null) => (code ? (byCode.get(code) ?? code) : ''),
    };
  }, [query.data, query.isPending, query.isError, query.error, format]);
}
