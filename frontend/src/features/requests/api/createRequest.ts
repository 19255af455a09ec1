import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type ServiceRequestInput = paths['/api/v1/requests']['post']['requestBody']['content']['application/json'];
export type NewOrganizationInput = NonNullable<ServiceRequestInput['organization']>;

export function createRequest(client: ApiClient, body: ServiceRequestInput, idempotencyKey: string) {
  return unwrap(client.POST('/api/v1/requests', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
}

/** Intake: records the request as RECEIVED (and a new organization or contact with it). */
export function useCreateRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ServiceRequestInput; idempotencyKey: string }) =>
      createRequest(client, body, idempotencyKey),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['requests', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}
