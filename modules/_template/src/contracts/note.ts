import { DateTime, type Static, Type, Uuid } from '@openprovince/platform/schema';

export const CreateNoteBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type TCreateNoteBody = Static<typeof CreateNoteBody>;

export const NoteSchema = Type.Object({
  id: Uuid(),
  agencyId: Uuid(),
  text: Type.String(),
  createdAt: DateTime(),
});
export type TNote = Static<typeof NoteSchema>;
