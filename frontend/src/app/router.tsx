import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { Loading } from '@/components/Loading';
import { RouteError } from './routes/RouteError';

const HomePage = lazy(() => import('./routes/HomePage'));
const ReferenceKindRoute = lazy(() => import('@/features/reference/routes/ReferenceKindRoute'));
const NotFound = lazy(() => import('./routes/NotFound'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: page(<HomePage />) },
      { path: 'reference/:kind', element: page(<ReferenceKindRoute />) },
      { path: '*', element: page(<NotFound />) },
    ],
  },
];
