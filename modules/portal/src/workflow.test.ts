import type { Actor } from '@openprovince/platform';
import { checkWorkflow } from '@openprovince/platform/workflow';
import { describe, expect, it } from 'vitest';
import { PORTAL_PERMISSIONS } from './contracts/index.ts';
import { postWorkflow } from './contracts/workflow.ts';

const citizen: Actor = { kind: 'citizen', citizenId: 'c1', fullName: 'Công Dân' };
const official = (permissions: string[]): Actor => ({
  kind: 'official',
  userId: 'u',
  username: 'u',
  fullName: 'U',
  agencyId: 'A',
  roles: [],
  permissions: new Set(permissions),
});

describe('post workflow table', () => {
  it('is sound, and no citizen or official without the editor permission publishes', () => {
    expect(
      checkWorkflow(postWorkflow, {
        forbidden: [
          { action: 'publish', performer: { actor: citizen, isOwner: true }, because: 'readers only read' },
          { action: 'write', performer: { actor: official([]) }, because: 'only editors write' },
          { action: 'unpublish', performer: { actor: official([]) }, because: 'only editors take down' },
        ],
      }),
    ).toEqual([]);
  });

  it('names the same permissions as the contracts', () => {
    for (const action of postWorkflow.actions) {
      expect(postWorkflow.rule(action).by.permissions).toEqual([
        PORTAL_PERMISSIONS.edit,
        PORTAL_PERMISSIONS.editAll,
      ]);
    }
  });

  it('publishes a draft or a taken-down post; takes down only a published one', () => {
    const editor = { actor: official([PORTAL_PERMISSIONS.edit]) };
    expect(postWorkflow.availableActions('draft', editor)).toEqual(['publish']);
    expect(postWorkflow.availableActions('published', editor)).toEqual(['unpublish']);
    expect(postWorkflow.availableActions('unpublished', editor)).toEqual(['publish']);
    expect(() => postWorkflow.decide({ state: 'published', action: 'publish', performer: editor })).toThrow(
      /Cannot "Publish"/,
    );
  });
});
