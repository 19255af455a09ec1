import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient } from '@/lib/api';

export function deleteActivity(client: ApiClient, id: string) {
  return unwrap(client.DELETE('/api/v1/activities/{id}', { params: { path: { id } } }));
}

/** Removes an activity recorded by mistake (the audit trail keeps it). */
export function useDeleteActivity() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteActivity(client, id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void queryClient.invalidateQueries({ queryKey: ['timesheet'] });
    },
  });
}
