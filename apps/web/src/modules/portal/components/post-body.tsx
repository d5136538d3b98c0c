import { postBlocks } from '../utils/post-blocks.ts';

/** The body as text nodes (never HTML): paragraphs, line breaks, `## ` sub-headings. */
export function PostBody({ body, lang }: { body: string; lang: string }) {
  return (
    <div lang={lang} className="op-post-body" data-testid="post-body">
      {postBlocks(body).map((block, i) =>
        block.kind === 'heading' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity besides their order.
          <h2 key={i}>{block.text}</h2>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no identity besides their order.
          <p key={i} className="op-post-body-text">
            {block.lines.join('\n')}
          </p>
        ),
      )}
    </div>
  );
}
