// GitHub Flavored Markdown (tables, strikethrough, footnotes, task lists, literal autolinks) as
// remark-gfm builds it, but for one part. micromark-extension-gfm-autolink-literal looks for
// `www.`, `http` and e-mail addresses at almost every letter; that cuts the text of a paragraph
// into pieces that micromark then merges back one splice at a time, quadratic in the paragraph's
// length: 16,000 lines pasted without a blank line took 13 s with it, 0.7 s without (measured
// here). Literal autolinks are found instead on the tree, in linear time, with their positions
// (linkLiteralAutolinks) — remark-gfm's own tree transform for them drops positions.
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { linkLiteralAutolinks } from './linkLiteralAutolinks';

interface ProcessorData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/** A unified plugin: GFM for parsing, literal autolinks found on the tree with their positions. */
export function remarkGfmLinear(this: Processor): void {
  const data = this.data() as ProcessorData;
  (data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]));
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(),
    { transforms: [(tree: Root) => linkLiteralAutolinks(tree)] },
  );
}
