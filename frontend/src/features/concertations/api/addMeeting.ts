import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient, unwrap, type ApiClient, type paths } from '@/lib/api';

export type MeetingInput =
  paths['/api/v1/concertations/{id}/meetings']['post']['requestBody']['content']['application/json'];

export function addMeeting(client: ApiClient, id: string, body: MeetingInput) {
  return unwrap(client.POST('/api/v1/concertations/{id}/meetings', { params: { path: { id } }, body }));
}

/** Records a meeting (date, place, attendance, decisions); the place's detail refreshes. */
export function useAddMeeting(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingInput) => addMeeting(client, id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['concertations'] }),
  });
}
