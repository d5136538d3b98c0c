import { describe, expect, it } from 'vitest';
import { createLocalIdentityProvider, FEDERATION_CALLBACK_PATH } from './local-identity-provider.ts';
import { codeChallengeS256, newCodeVerifier } from './pkce.ts';

function authorize(provider: ReturnType<typeof createLocalIdentityProvider>, verifier: string) {
  const location = provider.server.approve({
    clientId: 'openprovince',
    redirectUri: FEDERATION_CALLBACK_PATH,
    state: 's',
    nonce: 'n',
    codeChallenge: codeChallengeS256(verifier),
    codeChallengeMethod: 'S256',
    subject: 'dev-vneid-0001',
  });
  return new URL(location, 'http://x').searchParams.get('code')!;
}

describe('local identity provider', () => {
  it('computes the RFC 7636 appendix B S256 challenge', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    expect(newCodeVerifier()).toMatch(/^[\w-]{43}$/);
  });

  it('exchanges a code once, with the right verifier, for the demo citizen', async () => {
    const provider = createLocalIdentityProvider();
    const verifier = newCodeVerifier();
    const code = authorize(provider, verifier);
    const exchange = { code, codeVerifier: verifier, redirectUri: FEDERATION_CALLBACK_PATH, nonce: 'n' };
    await expect(provider.exchangeCode(exchange)).resolves.toMatchObject({
      subject: 'dev-vneid-0001',
      personalId: '084190000001',
      fullName: 'Nguyễn Văn An',
      assuranceLevel: 2,
    });
    await expect(provider.exchangeCode(exchange)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a wrong PKCE verifier and an unregistered redirect URI', async () => {
    const provider = createLocalIdentityProvider();
    const code = authorize(provider, newCodeVerifier());
    await expect(
      provider.exchangeCode({
        code,
        codeVerifier: newCodeVerifier(),
        redirectUri: FEDERATION_CALLBACK_PATH,
        nonce: 'n',
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(() =>
      provider.server.checkAuthorizeRequest({
        clientId: 'openprovince',
        redirectUri: 'https://evil.example/cb',
        state: 's',
        nonce: 'n',
        codeChallenge: codeChallengeS256(newCodeVerifier()),
        codeChallengeMethod: 'S256',
      }),
    ).toThrow(/redirect_uri/);
  });
});
