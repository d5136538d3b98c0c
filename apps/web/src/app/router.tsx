import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout.tsx';
import { HomeRedirect, RequireAuth } from './require-auth.tsx';
import { ROUTES } from './routes.ts';

// One chunk per page: the first visit downloads the shell and the page it opens, nothing more.
const LoginPage = lazy(() => import('../pages/login.page.tsx'));
const MePage = lazy(() => import('../pages/me.page.tsx'));
const AgenciesPage = lazy(() => import('../pages/agencies.page.tsx'));
const DeadlinePage = lazy(() => import('../pages/deadline.page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found.page.tsx'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path={ROUTES.login} element={<LoginPage />} />
        <Route
          path={ROUTES.me}
          element={
            <RequireAuth>
              <MePage />
            </RequireAuth>
          }
        />
        <Route path={ROUTES.agencies} element={<AgenciesPage />} />
        <Route
          path={ROUTES.deadline}
          element={
            <RequireAuth>
              <DeadlinePage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
