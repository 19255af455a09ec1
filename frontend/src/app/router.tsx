import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { Loading } from '@/components/Loading';
import { RouteError } from './routes/RouteError';

// Every page is its own chunk: the first load carries only the shell.
const DashboardPage = lazy(() => import('./routes/DashboardPage'));
const RequestsRoute = lazy(() => import('@/features/requests/routes/RequestsRoute'));
const NewRequestRoute = lazy(() => import('@/features/requests/routes/NewRequestRoute'));
const RequestRoute = lazy(() => import('@/features/requests/routes/RequestRoute'));
const InterventionsRoute = lazy(() => import('@/features/interventions/routes/InterventionsRoute'));
const InterventionRoute = lazy(() => import('@/features/interventions/routes/InterventionRoute'));
const ConcertationsRoute = lazy(() => import('@/features/concertations/routes/ConcertationsRoute'));
const ConcertationRoute = lazy(() => import('@/features/concertations/routes/ConcertationRoute'));
const OrganizationsRoute = lazy(() => import('@/features/organizations/routes/OrganizationsRoute'));
const OrganizationPage = lazy(() => import('./routes/OrganizationPage'));
const ReportsRoute = lazy(() => import('@/features/reports/routes/ReportsRoute'));
const ReferenceKindRoute = lazy(() => import('@/features/reference/routes/ReferenceKindRoute'));
const NotFound = lazy(() => import('./routes/NotFound'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: page(<DashboardPage />) },
      { path: 'demandes', element: page(<RequestsRoute />) },
      { path: 'demandes/nouvelle', element: page(<NewRequestRoute />) },
      { path: 'demandes/:id', element: page(<RequestRoute />) },
      { path: 'interventions', element: page(<InterventionsRoute />) },
      { path: 'interventions/:id', element: page(<InterventionRoute />) },
      { path: 'concertations', element: page(<ConcertationsRoute />) },
      { path: 'concertations/:id', element: page(<ConcertationRoute />) },
      { path: 'organisations', element: page(<OrganizationsRoute />) },
      { path: 'organisations/:id', element: page(<OrganizationPage />) },
      { path: 'rapports', element: page(<ReportsRoute />) },
      { path: 'reference/:kind', element: page(<ReferenceKindRoute />) },
      { path: '*', element: page(<NotFound />) },
    ],
  },
];
