/**
 * An upload form (multipart/form-data, ADR 0009): the text fields first, since the API reads them before the
 * file, then the file under `file`. The browser sets the content type with its boundary, and the file's bytes
 * go as they are (no base64: a third smaller, never copied into a string).
 */
export function uploadForm(
  fields: Record<string, string | undefined>,
  file: Blob,
  fileName: string,
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) form.append(name, value);
  }
  form.append('file', file, fileName);
  return form;
}
