export type PostBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; lines: string[] };

/**
 * The body's Markdown-like blocks: a blank line separates paragraphs, `## ` starts a sub-heading, a single
 * line break stays a line break. Everything stays text (never HTML); ZWSP (U+200B) is left where the editor
 * typed it, for Khmer line breaking.
 */
export function postBlocks(body: string): PostBlock[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) =>
      block.startsWith('## ')
        ? { kind: 'heading' as const, text: block.slice(3).trim() }
        : { kind: 'paragraph' as const, lines: block.split('\n') },
    );
}
