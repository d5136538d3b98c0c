import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { loadWorkspaceTexts } from './i18n.ts';
import { PortalLayout } from './layout/portal-layout.tsx';
import { PAGE_PERMISSIONS } from './permissions.ts';
import { RequireAuth } from './require-auth.tsx';

// One chunk per page: the first visit downloads the portal shell and the page it opens, nothing more.
// The officials' layout (antd) is itself a lazy chunk, so the citizen portal never loads antd.
const AppLayout = lazy(async () => {
  const [layout] = await Promise.all([import('./layout/app-layout.tsx'), loadWorkspaceTexts()]);
  return layout;
});

const PortalHomePage = lazy(() => import('../pages/portal-home.page.tsx'));
const ProcedurePage = lazy(() => import('../pages/procedure.page.tsx'));
const ApplyPage = lazy(() => import('../pages/apply.page.tsx'));
const SubmittedPage = lazy(() => import('../pages/submitted.page.tsx'));
const LookupPage = lazy(() => import('../pages/lookup.page.tsx'));
const CitizenLoginPage = lazy(() => import('../pages/citizen-login.page.tsx'));
const CitizenRegisterPage = lazy(() => import('../pages/citizen-register.page.tsx'));
const MyDossiersPage = lazy(() => import('../pages/my-dossiers.page.tsx'));
const MyDossierPage = lazy(() => import('../pages/my-dossier.page.tsx'));
const NewsPage = lazy(() => import('../pages/news.page.tsx'));
const NewsPostPage = lazy(() => import('../pages/news-post.page.tsx'));

const LoginPage = lazy(() => import('../pages/login.page.tsx'));
const MePage = lazy(() => import('../pages/me.page.tsx'));
const AgenciesPage = lazy(() => import('../pages/agencies.page.tsx'));
const DeadlinePage = lazy(() => import('../pages/deadline.page.tsx'));
const OfficePage = lazy(() => import('../pages/office.page.tsx'));
const OfficeDossierPage = lazy(() => import('../pages/office-dossier.page.tsx'));
const CounterPage = lazy(() => import('../pages/counter.page.tsx'));
const DashboardPage = lazy(() => import('../pages/dashboard.page.tsx'));
const DocumentsPage = lazy(() => import('../pages/documents.page.tsx'));
const DocumentNewPage = lazy(() => import('../pages/document-new.page.tsx'));
const DocumentPage = lazy(() => import('../pages/document.page.tsx'));
const IncomingDocumentPage = lazy(() => import('../pages/incoming-document.page.tsx'));
const CalendarAdminPage = lazy(() => import('../pages/calendar-admin.page.tsx'));
const PortalEditorPage = lazy(() => import('../pages/portal-editor.page.tsx'));
const PortalEditorPostPage = lazy(() => import('../pages/portal-editor-post.page.tsx'));
const AdminAgenciesPage = lazy(() => import('../pages/admin-agencies.page.tsx'));
const AdminAgencyNewPage = lazy(() => import('../pages/admin-agency-new.page.tsx'));
const AdminAgencyPage = lazy(() => import('../pages/admin-agency.page.tsx'));
const AdminOfficialsPage = lazy(() => import('../pages/admin-officials.page.tsx'));
const AdminOfficialNewPage = lazy(() => import('../pages/admin-official-new.page.tsx'));
const AdminOfficialPage = lazy(() => import('../pages/admin-official.page.tsx'));
const AdminRolesPage = lazy(() => import('../pages/admin-roles.page.tsx'));
const VerifyPage = lazy(() => import('../pages/verify.page.tsx'));
const AdminProceduresPage = lazy(() => import('../pages/admin-procedures.page.tsx'));
const AdminProcedureNewPage = lazy(() => import('../pages/admin-procedure-new.page.tsx'));
const AdminProcedurePage = lazy(() => import('../pages/admin-procedure.page.tsx'));
const PkiRequestsPage = lazy(() => import('../pages/pki-requests.page.tsx'));
const PkiCertificatesPage = lazy(() => import('../pages/pki-certificates.page.tsx'));
const PkiCertificatePage = lazy(() => import('../pages/pki-certificate.page.tsx'));
const PkiVerifyPage = lazy(() => import('../pages/pki-verify.page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found.page.tsx'));

const P = PAGE_PERMISSIONS;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<PortalHomePage />} />
        <Route path="/procedures/:id" element={<ProcedurePage />} />
        <Route
          path="/procedures/:id/apply/:step?"
          element={
            <RequireAuth kind="citizen">
              <ApplyPage />
            </RequireAuth>
          }
        />
        <Route
          path="/submitted/:id"
          element={
            <RequireAuth kind="citizen">
              <SubmittedPage />
            </RequireAuth>
          }
        />
        <Route path="/lookup" element={<LookupPage />} />
        {/* The address printed in the slips' QR codes and the applicant's messages (Vietnamese words). */}
        <Route path="/tra-cuu-ho-so" element={<LookupPage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/news" element={<NewsPage />} />
        <Route path="/news/:id" element={<NewsPostPage />} />
        <Route path="/citizen/login" element={<CitizenLoginPage />} />
        <Route path="/citizen/register" element={<CitizenRegisterPage />} />
        <Route
          path="/my-dossiers"
          element={
            <RequireAuth kind="citizen">
              <MyDossiersPage />
            </RequireAuth>
          }
        />
        <Route
          path="/my-dossiers/:id"
          element={
            <RequireAuth kind="citizen">
              <MyDossierPage />
            </RequireAuth>
          }
        />
      </Route>
      <Route element={<AppLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/me"
          element={
            <RequireAuth kind="any">
              <MePage />
            </RequireAuth>
          }
        />
        <Route path="/agencies" element={<AgenciesPage />} />
        <Route
          path="/deadline"
          element={
            <RequireAuth>
              <DeadlinePage />
            </RequireAuth>
          }
        />
        <Route
          path="/office"
          element={
            <RequireAuth anyPermission={P.office}>
              <OfficePage />
            </RequireAuth>
          }
        />
        <Route
          path="/office/dossiers/:id"
          element={
            <RequireAuth anyPermission={P.office}>
              <OfficeDossierPage />
            </RequireAuth>
          }
        />
        <Route
          path="/counter"
          element={
            <RequireAuth anyPermission={P.counter}>
              <CounterPage />
            </RequireAuth>
          }
        />
        <Route
          path="/dashboard"
          element={
            <RequireAuth anyPermission={P.dashboard}>
              <DashboardPage />
            </RequireAuth>
          }
        />
        <Route
          path="/documents"
          element={
            <RequireAuth anyPermission={P.documents}>
              <DocumentsPage />
            </RequireAuth>
          }
        />
        <Route
          path="/documents/new"
          element={
            <RequireAuth anyPermission={P.documentNew}>
              <DocumentNewPage />
            </RequireAuth>
          }
        />
        <Route
          path="/documents/:id"
          element={
            <RequireAuth anyPermission={P.documents}>
              <DocumentPage />
            </RequireAuth>
          }
        />
        <Route
          path="/incoming/:id"
          element={
            <RequireAuth anyPermission={P.documents}>
              <IncomingDocumentPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/calendar"
          element={
            <RequireAuth anyPermission={P.calendarAdmin}>
              <CalendarAdminPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/agencies"
          element={
            <RequireAuth anyPermission={P.agencyAdmin}>
              <AdminAgenciesPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/agencies/new"
          element={
            <RequireAuth anyPermission={P.agencyAdmin}>
              <AdminAgencyNewPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/agencies/:id"
          element={
            <RequireAuth anyPermission={P.agencyAdmin}>
              <AdminAgencyPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/officials"
          element={
            <RequireAuth anyPermission={P.accountAdmin}>
              <AdminOfficialsPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/officials/new"
          element={
            <RequireAuth anyPermission={P.accountAdmin}>
              <AdminOfficialNewPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/officials/:id"
          element={
            <RequireAuth anyPermission={P.accountAdmin}>
              <AdminOfficialPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/roles"
          element={
            <RequireAuth anyPermission={P.accountAdmin}>
              <AdminRolesPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/procedures"
          element={
            <RequireAuth anyPermission={P.catalogue}>
              <AdminProceduresPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/procedures/new"
          element={
            <RequireAuth anyPermission={P.catalogue}>
              <AdminProcedureNewPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/procedures/:id"
          element={
            <RequireAuth anyPermission={P.catalogue}>
              <AdminProcedurePage />
            </RequireAuth>
          }
        />
        <Route
          path="/pki/requests"
          element={
            <RequireAuth anyPermission={P.pki}>
              <PkiRequestsPage />
            </RequireAuth>
          }
        />
        <Route
          path="/pki/certificates"
          element={
            <RequireAuth anyPermission={P.pki}>
              <PkiCertificatesPage />
            </RequireAuth>
          }
        />
        <Route
          path="/pki/certificates/:id"
          element={
            <RequireAuth anyPermission={P.pki}>
              <PkiCertificatePage />
            </RequireAuth>
          }
        />
        <Route
          path="/pki/verify"
          element={
            <RequireAuth>
              <PkiVerifyPage />
            </RequireAuth>
          }
        />
        <Route
          path="/portal-editor"
          element={
            <RequireAuth anyPermission={P.portalEditor}>
              <PortalEditorPage />
            </RequireAuth>
          }
        />
        <Route
          path="/portal-editor/:id"
          element={
            <RequireAuth anyPermission={P.portalEditor}>
              <PortalEditorPostPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
