/** The API's explanation is a few sentences; one per line reads better than a paragraph. */
export function explanationLines(text: string): string[] {
  return text
    .split(/(?<=\.)\s+(?=\p{Lu})/u)
    .map((line) => line.trim())
    .filter(Boolean);
}
