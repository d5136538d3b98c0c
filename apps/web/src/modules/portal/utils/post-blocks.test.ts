import { describe, expect, it } from 'vitest';
import { postBlocks } from './post-blocks.ts';

describe('postBlocks', () => {
  it('splits paragraphs on blank lines, keeps single line breaks, reads "## " as a sub-heading', () => {
    expect(postBlocks('Một\nhai\r\n\r\n## Tiêu đề\n\n\nBa')).toEqual([
      { kind: 'paragraph', lines: ['Một', 'hai'] },
      { kind: 'heading', text: 'Tiêu đề' },
      { kind: 'paragraph', lines: ['Ba'] },
    ]);
  });

  it('keeps ZWSP and never interprets HTML', () => {
    expect(postBlocks('បុណ្យ\u200bសែន <b>x</b>')).toEqual([
      { kind: 'paragraph', lines: ['បុណ្យ\u200bសែន <b>x</b>'] },
    ]);
  });
});
