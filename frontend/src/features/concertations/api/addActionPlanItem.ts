import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type ActionPlanItemInput =
  paths['/api/v1/concertations/{id}/action-plan-items']['post']['requestBody']['content']['application/json'];

export function addActionPlanItem(client: ApiClient, id: string, body: ActionPlanItemInput) {
  return unwrap(client.POST('/api/v1/concertations/{id}/action-plan-items', { params: { path: { id } }, body }));
}

/** Adds an objective to the action plan (after the last one). */
export function useAddActionPlanItem(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionPlanItemInput) => addActionPlanItem(client, id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['concertations'] }),
  });
}
