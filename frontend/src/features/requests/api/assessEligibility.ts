import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';
import { onRequestWritten } from './requestWrites';

export type EligibilityInput =
  paths['/api/v1/requests/{id}/eligibility']['put']['requestBody']['content']['application/json'];

export function assessEligibility(client: ApiClient, id: string, etag: string, body: EligibilityInput) {
  return unwrapVersioned(
    client.PUT('/api/v1/requests/{id}/eligibility', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useAssessEligibility(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: EligibilityInput }) => assessEligibility(client, id, etag, body),
    onSuccess: (result) => onRequestWritten(queryClient, id, result),
  });
}
