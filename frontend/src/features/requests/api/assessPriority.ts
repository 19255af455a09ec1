import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrapVersioned, type ApiClient, type paths } from '@/lib/api';
import { onRequestWritten } from './requestWrites';

export type PriorityAssessmentInput =
  paths['/api/v1/requests/{id}/priority']['put']['requestBody']['content']['application/json'];

export function assessPriority(client: ApiClient, id: string, etag: string, body: PriorityAssessmentInput) {
  return unwrapVersioned(
    client.PUT('/api/v1/requests/{id}/priority', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
  );
}

export function useAssessPriority(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: PriorityAssessmentInput }) => assessPriority(client, id, etag, body),
    onSuccess: (result) => onRequestWritten(queryClient, id, result),
  });
}
