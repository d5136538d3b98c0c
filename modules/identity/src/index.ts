/**
 * Public door of the identity module: the manifest, the actor-free `identityApi` (agency directory), and
 * what the composition root (sessions, sign-in limits, CLI accounts) and the re-sign-in port import.
 * Schemas are in `/contracts`, test factories in `/testing` (issue 10 §3).
 */

export { identityApi } from './api.ts';
export { createIdentityDeps, type IdentityDeps } from './deps.ts';
export { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './domain/security/throttle.ts';
export { totpAt } from './domain/security/totp.ts';
export { identityModule } from './module.ts';
export { readSessionToken } from './routes/session-cookie.ts';
export { DEMO_TOTP_SECRET } from './seed/demo-accounts.ts';
export { createOfficial } from './use-cases/create-official.ts';
export { enrollSecondFactor } from './use-cases/enroll-second-factor.ts';
export { findOfficialIdByUsername } from './use-cases/find-official-id.ts';
export { logIn } from './use-cases/log-in.ts';
export { logOut } from './use-cases/log-out.ts';
export { proveReauthentication, verifyReauthProof } from './use-cases/prove-reauthentication.ts';
export { resolveSession } from './use-cases/resolve-session.ts';
