import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';
import { onRequestWritten } from './requestWrites';

export type RequestTransitionInput =
  paths['/api/v1/requests/{id}/transitions']['post']['requestBody']['content']['application/json'];

export function transitionRequest(client: ApiClient, id: string, etag: string, body: RequestTransitionInput) {
  return unwrapVersioned(
    client.POST('/api/v1/requests/{id}/transitions', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

/** Start the analysis, accept, waitlist, refuse, withdraw. Accepting opens an intervention (dashboard refreshes). */
export function useTransitionRequest(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: RequestTransitionInput }) => transitionRequest(client, id, etag, body),
    onSuccess: (result) => {
      onRequestWritten(queryClient, id, result);
      void queryClient.invalidateQueries({ queryKey: ['interventions'] });
    },
  });
}
