/**
 * Where to send the citizen after sign-in: a path on this site only. Absolute URLs, protocol-relative
 * `//host`, backslash tricks (`/\host`, which browsers read as `//host`) and control characters fall
 * back to `/`, so the sign-in flow cannot be used as an open redirect (ASVS 5.1.5).
 */
export function safeReturnPath(candidate: string | undefined): string {
  if (!candidate || candidate.length > 512) return '/';
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  if ([...candidate].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || c === '\\'))
    return '/';
  try {
    const resolved = new URL(candidate, 'http://openprovince.invalid');
    if (resolved.origin !== 'http://openprovince.invalid') return '/';
    return `${resolved.pathname}${resolved.search}${resolved.hash}`;
  } catch {
    return '/';
  }
}
