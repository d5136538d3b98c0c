/** Route paths, in one place so that navigation and links cannot drift apart. */
export const ROUTES = {
  home: '/',
  // Citizen portal (light pages, no antd)
  procedure: (id: string) => `/procedures/${encodeURIComponent(id)}`,
  apply: (id: string, step?: string) =>
    `/procedures/${encodeURIComponent(id)}/apply${step ? `/${encodeURIComponent(step)}` : ''}`,
  submitted: (id: string) => `/submitted/${encodeURIComponent(id)}`,
  lookup: '/lookup',
  citizenLogin: '/citizen/login',
  citizenRegister: '/citizen/register',
  myDossiers: '/my-dossiers',
  myDossier: (id: string) => `/my-dossiers/${encodeURIComponent(id)}`,
  news: (lang?: 'vi' | 'km') => (lang ? `/news?lang=${lang}` : '/news'),
  newsPost: (id: string) => `/news/${encodeURIComponent(id)}`,
  // Officials' workspace (antd)
  login: '/login',
  me: '/me',
  agencies: '/agencies',
  deadline: '/deadline',
  office: '/office',
  officeDossier: (id: string) => `/office/dossiers/${encodeURIComponent(id)}`,
  counter: '/counter',
  dashboard: '/dashboard',
  calendarAdmin: '/admin/calendar',
  adminAgencies: '/admin/agencies',
  adminAgencyNew: (parentId?: string) =>
    `/admin/agencies/new${parentId ? `?parent=${encodeURIComponent(parentId)}` : ''}`,
  adminAgency: (id: string) => `/admin/agencies/${encodeURIComponent(id)}`,
  adminOfficials: '/admin/officials',
  adminOfficialNew: (agencyId?: string) =>
    `/admin/officials/new${agencyId ? `?agency=${encodeURIComponent(agencyId)}` : ''}`,
  adminOfficial: (id: string) => `/admin/officials/${encodeURIComponent(id)}`,
  adminRoles: '/admin/roles',
  documents: '/documents',
  documentNew: '/documents/new',
  document: (id: string) => `/documents/${encodeURIComponent(id)}`,
  incomingDocument: (id: string) => `/incoming/${encodeURIComponent(id)}`,
  portalEditor: '/portal-editor',
  portalEditorNew: '/portal-editor/new',
  portalEditorPost: (id: string) => `/portal-editor/${encodeURIComponent(id)}`,
} as const;
