import { errorResponses, type HttpApp } from '@openprovince/platform';
import { CreateNoteBody, NoteSchema, STARTER_KIT_PERMISSIONS } from '../contracts/index.ts';
import type { StarterKitDeps } from '../deps.ts';
import { createNote } from '../use-cases/create-note.ts';

const tags = ['starter-kit'];

/** Thin routes: the schema, who may call, one use case. */
export function noteRoutes(deps: StarterKitDeps) {
  return async function register(app: HttpApp): Promise<void> {
    app.post(
      '/api/starter-kit/notes',
      {
        config: { access: { permission: STARTER_KIT_PERMISSIONS.write } },
        schema: {
          tags,
          summary: 'Ghi một ghi chú / Write a note',
          body: CreateNoteBody,
          response: { 201: NoteSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return createNote(deps, request.ctx, request.body);
      },
    );
  };
}
