import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './router';
import { AppProviders, type AppProvidersProps } from './providers';

const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });

export function App(props: Omit<AppProvidersProps, 'children'>) {
  return (
    <AppProviders {...props}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
