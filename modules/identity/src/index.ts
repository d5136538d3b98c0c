/** Public door of the identity module: the agency directory, officials, citizens, sessions. */

export type {
  AuthorizationRequest,
  CodeExchange,
  FederatedIdentity,
  IdentityProvider,
} from './adapters/federation/identity-provider.ts';
export { type IdTokenClaims, type RsaJwk, verifyIdToken } from './adapters/federation/jwt.ts';
export {
  createLocalIdentityProvider,
  DEV_IDP_IDENTITIES,
  type LocalIdentityProvider,
} from './adapters/federation/local-identity-provider.ts';
export {
  createOidcIdentityProvider,
  type OidcProviderConfig,
  type TokenRequest,
} from './adapters/federation/oidc-identity-provider.ts';
export * from './contracts/index.ts';
export { createIdentityDeps, type IdentityDeps } from './deps.ts';
export { hashPassword, passwordProblems, verifyPassword } from './domain/security/passwords.ts';
export { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './domain/security/throttle.ts';
export { totpAt, verifyTotp } from './domain/security/totp.ts';
export { identityModule } from './module.ts';
export { agencyRoutes } from './routes/agency.routes.ts';
export { authRoutes } from './routes/auth.routes.ts';
export { type FederationRouteOptions, federationRoutes } from './routes/federation.routes.ts';
export { officialRoutes } from './routes/official.routes.ts';
export { roleRoutes } from './routes/role.routes.ts';
export { type CookieOptions, readSessionToken, SESSION_COOKIE } from './routes/session-cookie.ts';
export { type SeedReport, seedIdentityDemo } from './seed/demo.ts';
export { DEMO_ACCOUNTS, DEMO_CITIZEN, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './seed/demo-accounts.ts';
export { createAgency } from './use-cases/create-agency.ts';
export { createOfficial } from './use-cases/create-official.ts';
export { type AgencyBrief, describeAgencies, describeAgencyLineage } from './use-cases/describe-agencies.ts';
export { enrollSecondFactor } from './use-cases/enroll-second-factor.ts';
export { findOfficialIdByUsername } from './use-cases/find-official-id.ts';
export { getAgency, getAgencyByCode } from './use-cases/get-agency.ts';
export { type CitizenProfile, getCitizenProfile } from './use-cases/get-citizen-profile.ts';
export { getMe } from './use-cases/get-me.ts';
export { getOfficial } from './use-cases/get-official.ts';
export { listAgencies, todayInVietnam } from './use-cases/list-agencies.ts';
export { listOfficials } from './use-cases/list-officials.ts';
export { listRoles } from './use-cases/list-roles.ts';
export { type LogInResult, logIn } from './use-cases/log-in.ts';
export { logInCitizen } from './use-cases/log-in-citizen.ts';
export { logOut } from './use-cases/log-out.ts';
export { proveReauthentication, verifyReauthProof } from './use-cases/prove-reauthentication.ts';
export { registerCitizen } from './use-cases/register-citizen.ts';
export { type ResolvedSession, resolveSession } from './use-cases/resolve-session.ts';
export { setOfficialPassword } from './use-cases/set-official-password.ts';
export { updateAgency } from './use-cases/update-agency.ts';
export { updateOfficial } from './use-cases/update-official.ts';
