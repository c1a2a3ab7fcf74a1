import type { Root } from 'mdast';
import { computeReadingEase, readWordFacts, splitSentences, WordList } from '../language/fr';
import type { LanguageGuess, WordFacts } from '../language/fr';
import { matchWords, phraseKey } from '../language/fr/matchKeyphrase';
import type { MatchWord } from '../language/fr/matchKeyphrase';
import { readSentenceStyle } from '../language/fr/readSentenceStyle';
import type { SentenceStyle } from '../language/fr/readSentenceStyle';
import { collectBlocks } from './collectBlocks';
import type { Block, CollectedBlocks } from './collectBlocks';
import { collectMedia } from './collectMedia';
import type { BodyImage, BodyLink, CollectedMedia } from './collectMedia';
import type { SiteIndex } from '../site/SiteIndex';
import { LineIndex } from './LineIndex';
import { DEFAULT_CHUNK_SIZE, parseMarkdownInChunks } from './parseInChunks';
import { parseMarkdown } from './parseMarkdown';
import { readFrontMatter } from './readFrontMatter';
import type { FrontMatter, SourceRange } from './readFrontMatter';
import { readMetaFields } from './readMetaFields';
import type { MetaField } from './readMetaFields';

export interface Sentence {
  range: SourceRange;
  /** The sentence as a reader reads it (the block's text: no Markdown syntax). */
  text: string;
  words: number;
  blockIndex: number;
  /** Its first word's index in its block's words (ArticleDocument.blockWords). */
  firstWord: number;
}

export interface Heading {
  level: number;
  text: string;
  range: SourceRange;
  blockIndex: number;
}

/** The text from one heading to the next (the first section is the text before any heading). */
export interface Section {
  heading?: Heading;
  range: SourceRange;
  /** Words of the section's prose, its heading excluded (as Yoast's subheading distribution). */
  words: number;
  blocks: Block[];
}

export interface Paragraph {
  range: SourceRange;
  words: number;
  block: Block;
}

/** What the writer or the team decides for an article beyond its own text. */
export interface ArticleOptions {
  /** The keyphrase for this run (`plume check --keyphrase`): wins over the front matter's. */
  keyphrase?: string;
  /** The team's synonyms of each keyphrase (`.plumerc.json` `synonyms`, as resolveConfig gives them). */
  synonyms?: Readonly<Record<string, readonly string[]>>;
  /**
   * The article's file name, or its path (`trains-de-nuit.md`, `blog/trains-de-nuit/index.md`):
   * the slug a generator derives when the front matter names none. Absent for an untitled editor
   * document, which has no name yet.
   */
  fileName?: string;
  /**
   * The site's address (`siteUrl` in `.plumerc.json`, `plume.siteUrl` in VS Code): absolute links
   * to its host count as internal, like relative ones (bodyLinks).
   */
  siteUrl?: string;
  /**
   * The folder of the site's pages (`contentRoot` of `.plumerc.json`, absolute): site-absolute
   * links (« /guides/famille/ ») are read as links to its files (readRelativeLink).
   */
  contentRoot?: string;
  /**
   * The other articles of the site (`plume check <folder>`, the editor's workspace index), for the
   * checks between articles; `fileName` is then this article's path in the index.
   */
  site?: SiteIndex;
}

/**
 * One analysed Markdown article. Parsing happens once, in the constructor; every other fact
 * is computed the first time a check asks for it and then kept, so a document is never
 * tokenised twice and checks that are off cost nothing.
 */
export class ArticleDocument {
  /**
   * The mdast tree, until its two readers (the front matter; the blocks with the media) have read
   * it: then it is let go. Everything else works on what they collected, and the tree is the largest
   * thing a document holds (≈ 8 MB per MB of text, issue 10's memory bound).
   */
  private tree: Root | undefined;
  private treeReaders = 2;
  readonly lines: LineIndex;
  private readonly cache = new Map<string, unknown>();

  /** The analysed text; a leading byte order mark is dropped (micromark drops it too, and VS Code never shows it). */
  readonly text: string;

  /**
   * `root`, when given, is the tree `parseMarkdown` gives for `text` without its byte order
   * mark, parsed elsewhere (by chunks on several threads: src/worker/parseInParallel.ts).
   */
  constructor(text: string, root?: Root, private readonly options: ArticleOptions = {}) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // A big text is parsed chunk by chunk: the same tree, a little faster, and micromark's events
    // (about 60 bytes a character while they live) are held for one chunk at a time instead of the
    // whole text, which is what bounds the memory of `plume verify` on a pair of big documents.
    this.tree = root ?? (this.text.length >= 2 * DEFAULT_CHUNK_SIZE ? parseMarkdownInChunks(this.text) : parseMarkdown(this.text));
    this.lines = new LineIndex(this.text);
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key) as T;
  }

  /** Reads the tree once under `key`; the last of its two readers lets it go. */
  private fromTree<T>(key: string, read: (root: Root) => T): T {
    return this.once(key, () => {
      // Each reader runs once (once()), and the tree goes only after both: it is there.
      const value = read(this.tree as Root);
      this.treeReaders -= 1;
      if (this.treeReaders === 0) this.tree = undefined;
      return value;
    });
  }

  get frontMatter(): FrontMatter | undefined {
    return this.fromTree('frontMatter', (root) => readFrontMatter(root, this.text));
  }

  /**
   * Blocks and media are read in the same visit to the tree, even where only the blocks are asked
   * for (the source of a rewrite): else the tree would be kept alive for a reader that may never come.
   */
  private get collectedAll(): { blocks: CollectedBlocks; media: CollectedMedia } {
    return this.fromTree('collected', (root) => ({ blocks: collectBlocks(root, this.text), media: collectMedia(root, this.text, this.options.siteUrl) }));
  }

  private get collected(): CollectedBlocks {
    return this.collectedAll.blocks;
  }

  get blocks(): Block[] {
    return this.collected.blocks;
  }

  get images() {
    return this.collected.images;
  }

  get links() {
    return this.collected.links;
  }

  get code() {
    return this.collected.code;
  }

  private get media(): CollectedMedia {
    return this.collectedAll.media;
  }

  /** Where the HTML nodes are, blocks and inline tags alike. */
  get htmlRanges(): SourceRange[] {
    return this.media.html;
  }

  /**
   * Every link of the body — Markdown (inline, reference, autolink) and HTML `<a href>` — each
   * internal, outbound or neither for this article's site (`siteUrl`), with its `rel="nofollow"`.
   */
  get bodyLinks(): BodyLink[] {
    return this.media.links;
  }

  /** The site this article belongs to (ArticleOptions' `site`), if the run knows one. */
  get site(): SiteIndex | undefined {
    return this.options.site;
  }

  /** The folder of the site's pages (ArticleOptions' `contentRoot`), if known. */
  get contentRoot(): string | undefined {
    return this.options.contentRoot;
  }

  /** The site's address the links were classified with (ArticleOptions' `siteUrl`), if any. */
  get siteUrl(): string | undefined {
    return this.options.siteUrl;
  }

  /** Every image of the body with its alt text: Markdown ones (`images`) and HTML `<img>` tags. */
  get bodyImages(): BodyImage[] {
    return this.media.images;
  }

  /** Word tokens of each block, offsets relative to `block.text`. */
  get blockWords(): WordList[] {
    return this.once('blockWords', () => this.blocks.map((block) => WordList.of(block.text)));
  }

  get wordCount(): number {
    return this.once('wordCount', () => this.blockWords.reduce((sum, words) => sum + words.length, 0));
  }

  get sentences(): Sentence[] {
    return this.once('sentences', () => {
      const sentences: Sentence[] = [];
      this.blocks.forEach((block, blockIndex) => {
        const words = this.blockWords[blockIndex] ?? WordList.EMPTY;
        let next = 0;
        for (const span of splitSentences(block.text)) {
          let count = 0;
          let firstWord = -1;
          while (next < words.length && words.startAt(next) < span.end) {
            if (words.startAt(next) >= span.start) {
              if (count === 0) firstWord = next;
              count++;
            }
            next++;
          }
          const range = { start: block.toSource(span.start), end: block.toSource(span.end - 1) + 1 };
          sentences.push({ range, text: block.text.slice(span.start, span.end), words: count, blockIndex, firstWord: count === 0 ? next : firstWord });
        }
      });
      return sentences;
    });
  }

  /**
   * The words of a sentence of this document as keyphrase matching compares them (hyphenated
   * words split, each folded and stemmed), read from its block's words rather than cut again:
   * kept for keyphrase-density and keyphrase-distribution alike.
   */
  sentenceMatchWords(sentence: Sentence): MatchWord[] {
    const known = this.once('sentenceMatchWords', () => new Map<Sentence, MatchWord[]>());
    let words = known.get(sentence);
    if (!words) {
      const blockWords = this.blockWords[sentence.blockIndex] ?? WordList.EMPTY;
      words = matchWords(blockWords.texts(sentence.firstWord, sentence.firstWord + sentence.words));
      known.set(sentence, words);
    }
    return words;
  }

  /**
   * The sentences of the prose (headings left out, as Yoast's readability assessments read the
   * text under them) with what the style checks ask of each: transition word, passive voice,
   * beginning. Read once per document for transition-words, passive-voice, sentence-beginnings
   * and the figures.
   */
  get proseSentences(): { sentence: Sentence; style: SentenceStyle }[] {
    return this.once('proseSentences', () =>
      this.sentences
        .filter((sentence) => sentence.words > 0 && this.blocks[sentence.blockIndex]?.kind !== 'heading')
        .map((sentence) => ({ sentence, style: readSentenceStyle(sentence.text) })));
  }

  /** Syllables and language need the same walk over the distinct words: done once for both. */
  private get wordFacts(): WordFacts {
    return this.once('wordFacts', () => readWordFacts(this.blockWords));
  }

  get syllableCount(): number {
    return this.wordFacts.syllables;
  }

  /** Kandel–Moles reading ease (NaN for a text with no sentence). */
  get readingEase(): number {
    return this.once('readingEase', () => computeReadingEase(this.wordCount, this.sentences.length, this.syllableCount));
  }

  get headings(): Heading[] {
    return this.once('headings', () =>
      this.blocks.flatMap((block, blockIndex) =>
        block.kind === 'heading' ? [{ level: block.level ?? 1, text: block.headingText ?? block.text.trim(), range: block.range, blockIndex }] : []));
  }

  get sections(): Section[] {
    return this.once('sections', () => {
      const sections: Section[] = [];
      const headingsByBlock = new Map(this.headings.map((heading) => [heading.blockIndex, heading]));
      let current: Section | undefined;
      this.blocks.forEach((block, blockIndex) => {
        if (block.kind === 'heading') {
          const heading = headingsByBlock.get(blockIndex);
          current = { heading, range: { ...block.range }, words: 0, blocks: [] };
          sections.push(current);
          return;
        }
        if (!current) {
          current = { range: { ...block.range }, words: 0, blocks: [] };
          sections.push(current);
        }
        current.blocks.push(block);
        current.words += this.blockWords[blockIndex]?.length ?? 0;
        current.range.end = block.range.end;
      });
      return sections;
    });
  }

  get paragraphs(): Paragraph[] {
    return this.once('paragraphs', () =>
      this.blocks.flatMap((block, index) =>
        block.kind === 'paragraph' || block.kind === 'html' ? [{ range: block.range, words: this.blockWords[index]?.length ?? 0, block }] : []));
  }

  /** The first paragraph with words: the introduction Yoast looks at for the keyphrase. */
  get introduction(): Paragraph | undefined {
    return this.once('introduction', () => this.paragraphs.find((paragraph) => paragraph.words > 0));
  }

  get title(): MetaField | undefined {
    return this.meta.title;
  }

  get description(): MetaField | undefined {
    return this.meta.description;
  }

  get keyphrase(): MetaField | undefined {
    // A keyphrase given for this run (`plume check --keyphrase`) wins over the front matter's.
    const given = this.options.keyphrase?.trim();
    if (given) return { text: given, range: { start: 0, end: 0 }, source: 'option' };
    return this.meta.keyphrase;
  }

  /**
   * Synonyms of the keyphrase, which the keyphrase checks accept in its place (Yoast SEO's
   * « keyphrase synonyms »): the front matter's `keyphrase_synonyms` (or `keyphraseSynonyms`,
   * `synonyms`), then the team's for this keyphrase, whatever its case, accents or hyphens. The
   * front matter's are the synonyms of its own keyphrase: a different `--keyphrase` leaves them out.
   */
  get synonyms(): string[] {
    return this.once('synonyms', () => {
      const keyphrase = this.keyphrase;
      if (!keyphrase) return [];
      const key = phraseKey(keyphrase.text);
      const own = this.meta.keyphrase && phraseKey(this.meta.keyphrase.text) === key ? this.meta.synonyms : [];
      const team = Object.entries(this.options.synonyms ?? {}).filter(([phrase]) => phraseKey(phrase) === key).flatMap(([, synonyms]) => synonyms);
      const seen = new Set([key]);
      return [...own, ...team].filter((synonym) => {
        const synonymKey = phraseKey(synonym);
        if (synonymKey === '' || seen.has(synonymKey)) return false;
        seen.add(synonymKey);
        return true;
      });
    });
  }

  /** The front matter's own synonyms of its keyphrase and the key they are under (the team's aside). */
  get frontMatterSynonyms(): { synonyms: string[]; key?: string } {
    return { synonyms: this.meta.synonyms, ...(this.meta.synonymsKey ? { key: this.meta.synonymsKey } : {}) };
  }

  get slug(): MetaField | undefined {
    return this.meta.slug;
  }

  /** The file name or path given for this run (ArticleOptions.fileName), if any. */
  get fileName(): string | undefined {
    return this.options.fileName;
  }

  /** The cover or social image the front matter names (`image`, `cover`, Hugo's `images`…). */
  get image(): MetaField | undefined {
    return this.meta.image;
  }

  private get meta() {
    return this.once('meta', () => readMetaFields(this.frontMatter, this.headings));
  }

  get language(): LanguageGuess {
    return this.wordFacts.language;
  }

  /** Where a whole-document finding sits: the first non-blank line of the body (as markdownlint's MD041). */
  get bodyStartRange(): SourceRange {
    return this.once('bodyStart', () => {
      let offset = this.frontMatter?.range.end ?? 0;
      const rest = this.text.slice(offset);
      const firstContent = rest.search(/\S/);
      offset = firstContent < 0 ? this.text.length : offset + firstContent;
      const lineStart = this.lines.offsetAt({ line: this.lines.positionAt(offset).line, column: 0 });
      return { start: lineStart, end: this.lines.lineEndAt(offset) };
    });
  }
}
