import type { TNote } from '../contracts/index.ts';
import type { NoteRow } from '../repositories/note.repository.ts';

/** The row as the api shows it: ISO timestamps, no internal columns. */
export function presentNote(row: NoteRow): TNote {
  return { id: row.id, agencyId: row.agencyId, text: row.text, createdAt: row.createdAt.toISOString() };
}
