import { describe, expect, it } from 'vitest';
import { landingPath } from './landing.ts';

const official = (...permissions: string[]) => ({ kind: 'official', permissions });

describe('where an account lands after signing in', () => {
  it('lands one-stop officers, specialists and leaders on the work queue', () => {
    expect(
      landingPath(official('dossiers:read', 'dossiers:receive', 'dossiers:accept', 'dossiers:stats')),
    ).toBe('/office');
    expect(
      landingPath(official('dossiers:read', 'dossiers:process', 'documents:read', 'documents:draft')),
    ).toBe('/office');
    expect(
      landingPath(official('dossiers:read', 'dossiers:approve', 'dossiers:stats', 'documents:sign')),
    ).toBe('/office');
  });

  it('lands the clerk on the documents, administrators on administration', () => {
    expect(landingPath(official('documents:read', 'documents:register', 'documents:issue'))).toBe(
      '/documents',
    );
    expect(
      landingPath(
        official('identity:officials:manage-all', 'identity:agencies:manage', 'dossiers:stats-all'),
      ),
    ).toBe('/admin/officials');
    expect(landingPath(official('identity:agencies:manage'))).toBe('/admin/agencies');
  });

  it('lands certificate officers, editors and auditors on their pages; anyone else on the account page', () => {
    expect(landingPath(official('pki:manage', 'pki:stats'))).toBe('/pki/requests');
    expect(landingPath(official('portal:edit'))).toBe('/portal-editor');
    expect(landingPath(official('services:manage-own'))).toBe('/admin/procedures');
    expect(
      landingPath(official('documents:read', 'documents:stats-all', 'dossiers:stats-all', 'audit:read')),
    ).toBe('/dashboard');
    expect(landingPath(official('identity:officials:read'))).toBe('/me');
    expect(landingPath({ kind: 'citizen', permissions: [] })).toBe('/my-dossiers');
  });
});
