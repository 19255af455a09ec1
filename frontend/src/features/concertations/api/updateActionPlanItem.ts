import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient } from '@/lib/api';
import type { ActionPlanItemInput } from './addActionPlanItem';

export function updateActionPlanItem(client: ApiClient, id: string, itemId: string, version: number, body: ActionPlanItemInput) {
  return unwrap(
    client.PUT('/api/v1/concertations/{id}/action-plan-items/{itemId}', {
      // The item's version is its ETag (If-Match "0", "1"…).
      params: { path: { id, itemId }, header: { 'If-Match': `"${version}"` } },
      body,
    }),
  );
}

/** Moves an objective through PLANNED, IN_PROGRESS, DONE or ABANDONED. */
export function useUpdateActionPlanItem(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, version, body }: { itemId: string; version: number; body: ActionPlanItemInput }) =>
      updateActionPlanItem(client, id, itemId, version, body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['concertations', 'one', id] }),
  });
}
