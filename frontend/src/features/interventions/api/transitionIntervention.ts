import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';

export type InterventionTransitionInput =
  paths['/api/v1/interventions/{id}/transitions']['post']['requestBody']['content']['application/json'];

export function transitionIntervention(client: ApiClient, id: string, etag: string, body: InterventionTransitionInput) {
  return unwrapVersioned(
    client.POST('/api/v1/interventions/{id}/transitions', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Close (with the bilan), put on hold, re-open…; refreshes the intervention and its history. */
export function useTransitionIntervention(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: InterventionTransitionInput }) =>
      transitionIntervention(client, id, etag, body),
    onSuccess: (result) => {
      queryClient.setQueryData(['interventions', 'one', id], result);
      void queryClient.invalidateQueries({ queryKey: ['interventions'] });
    },
  });
}
