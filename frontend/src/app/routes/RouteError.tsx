import { useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';

/** Last-resort screen when a route throws while rendering (or its chunk fails to load). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="app-main">
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
