import type { QueryClient } from '@tanstack/react-query';
import type { Versioned } from '@/lib/api';
import type { ServiceRequest } from './getRequest';

/** After a write on a request: the answer is the new version; lists, history and the dashboard refresh. */
export function onRequestWritten(queryClient: QueryClient, id: string, result: Versioned<ServiceRequest>) {
  queryClient.setQueryData(['requests', 'one', id], result);
  void queryClient.invalidateQueries({ queryKey: ['requests', 'list'] });
  void queryClient.invalidateQueries({ queryKey: ['requests', 'history', id] });
  void queryClient.invalidateQueries({ queryKey: ['requests', 'priority-history', id] });
}
