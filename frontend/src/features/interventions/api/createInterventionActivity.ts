import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type ActivityInput =
  paths['/api/v1/interventions/{id}/activities']['post']['requestBody']['content']['application/json'];

export function createInterventionActivity(client: ApiClient, id: string, body: ActivityInput, idempotencyKey: string) {
  return unwrap(
    client.POST('/api/v1/interventions/{id}/activities', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Records an activity in the intervention's journal; the journal and the timesheet are refreshed. */
export function useCreateInterventionActivity(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ActivityInput; idempotencyKey: string }) =>
      createInterventionActivity(client, id, body, idempotencyKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void queryClient.invalidateQueries({ queryKey: ['timesheet'] });
    },
  });
}
