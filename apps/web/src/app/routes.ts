/** Route paths, in one place so that navigation and links cannot drift apart. */
export const ROUTES = {
  home: '/',
  login: '/login',
  me: '/me',
  agencies: '/agencies',
  deadline: '/deadline',
} as const;
