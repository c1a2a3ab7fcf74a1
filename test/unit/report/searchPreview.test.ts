import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhrase } from '../../../src/core/language/fr/matchKeyphrase';
import { readerLength } from '../../../src/core/language/fr/readerText';
import { GOOGLE_MOBILE_TITLE_FONT_PX, GOOGLE_TITLE_FONT_PX, textWidthPx } from '../../../src/core/language/titleWidth';
import type { PreviewSegment } from '../../../src/core/report/ReportModel';
import { boldSegments, collapse, cutDescription, previewUrl, searchPreview, wrapTitle } from '../../../src/core/report/searchPreview';

const desktopPx = (text: string): number => textWidthPx(text, GOOGLE_TITLE_FONT_PX);
const mobilePx = (text: string): number => textWidthPx(text, GOOGLE_MOBILE_TITLE_FONT_PX);
const plain = (segments: readonly PreviewSegment[]): string => segments.map((segment) => segment.text).join('');
const preview = (title: string, description = '', phrases: string[] = []) => searchPreview({ title, description, phrases });

// The words of a French headline, to build titles of a chosen width.
const WORDS = 'Haut-Karabakh : l’Arménie et l’Azerbaïdjan signent à Washington un accord de paix historique après trente ans de guerre dans le Caucase du Sud'.split(' ');

/** The longest start of WORDS whose width, at `fontPx`, is at most `maxPx`. */
function widestUnder(maxPx: number, fontPx = GOOGLE_TITLE_FONT_PX): string {
  let title = '';
  for (const word of WORDS) {
    const longer = title === '' ? word : `${title} ${word}`;
    if (textWidthPx(longer, fontPx) > maxPx) break;
    title = longer;
  }
  return title;
}

/** `cut` (ending with « … ») keeps whole words of `title`, in order, and cuts after a space. */
function expectWholeWords(title: string, cut: string): void {
  expect(cut.endsWith('…')).toBe(true);
  const kept = cut.slice(0, -1);
  expect(title.startsWith(kept), `« ${kept} » is not the start of « ${title} »`).toBe(true);
  expect(kept.endsWith(' ')).toBe(true);
  const titleWords = title.split(' ');
  kept.trimEnd().split(' ').forEach((word, index) => expect(word).toBe(titleWords[index]));
}

describe('searchPreview: the desktop title (Arial 20 px, cut at 600 px)', () => {
  it('keeps a title just under 600 px whole', () => {
    const title = widestUnder(600);
    // The test relies on this width: within one short word of the limit.
    expect(desktopPx(title)).toBeLessThanOrEqual(600);
    expect(desktopPx(title)).toBeGreaterThan(560);
    const { desktop } = preview(title);
    expect(plain(desktop.title)).toBe(title);
    expect(desktop.titleCut).toBe(false);
    expect(desktop.titleWidthPx).toBe(Math.ceil(desktopPx(title)));
  });

  it('keeps a title of exactly 600 px whole and cuts one of 610 px (« s », « k », « y »: 10 px each)', () => {
    const exact = 'sky'.repeat(20);
    expect(desktopPx(exact)).toBe(600);
    expect(preview(exact).desktop).toMatchObject({ titleCut: false, titleWidthPx: 600 });
    const over = `${exact}s`;
    expect(desktopPx(over)).toBe(610);
    const { desktop } = preview(over);
    expect(desktop.titleCut).toBe(true);
    // One word and no space: cut between two letters, the ellipsis included in the 600 px.
    expect(desktopPx(plain(desktop.title))).toBeLessThanOrEqual(600);
    expect(plain(desktop.title)).toMatch(/^(sky)+s?k?…$/);
  });

  it('cuts a title just over 600 px after its last whole word, « … » included in the 600 px', () => {
    const under = widestUnder(600);
    const next = WORDS[under.split(' ').length] as string;
    // Just over: the under-600 title and as few letters of the next word as pass 600 px.
    let letters = 1;
    while (desktopPx(`${under} ${next.slice(0, letters)}`) <= 600) letters++;
    const title = `${under} ${next.slice(0, letters)}`;
    expect(desktopPx(title)).toBeGreaterThan(600);
    expect(desktopPx(title)).toBeLessThan(620);
    const { desktop } = preview(title);
    const shown = plain(desktop.title);
    expect(desktop.titleCut).toBe(true);
    expect(desktopPx(shown)).toBeLessThanOrEqual(600);
    expectWholeWords(title, shown);
    expect(desktop.titleWidthPx).toBe(Math.ceil(desktopPx(title)));
  });

  it('never exceeds 600 px nor splits a word, whatever the words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, 'Mmmmmm', 'illi', 'Anticonstitutionnellement', 'été'), { minLength: 1, maxLength: 30 }), (words) => {
        const title = words.join(' ');
        const { desktop } = preview(title);
        const shown = plain(desktop.title);
        if (desktopPx(title) <= 600) return shown === title && !desktop.titleCut;
        expect(desktopPx(shown)).toBeLessThanOrEqual(600);
        if (shown.slice(0, -1).includes(' ')) expectWholeWords(title, shown);
        return desktop.titleCut;
      }),
    );
  });

  it('never cuts at a no-break space (« Zanguezur : », « « Nous »)', () => {
    // 861 px: the cut falls inside the quotation, where every space before « » » and after « « » is a no-break one.
    const title = 'Le corridor de Zanguezur\u00a0: «\u00a0Nous mettrons en œuvre le corridor\u00a0» selon Aliyev et ses conseillers';
    expect(desktopPx(title)).toBeGreaterThan(600);
    const shown = plain(preview(title).desktop.title);
    expect(shown).toBe('Le corridor de Zanguezur\u00a0: «\u00a0Nous mettrons en œuvre le …');
    expect(collapse(' Paris\u00a0:\n\tVienne  ')).toBe('Paris\u00a0: Vienne');
    // A run mixing a no-break and a breaking space is one breaking space, as a browser draws it.
    expect(collapse('Paris \u00a0: Vienne')).toBe('Paris : Vienne');
  });
});

describe('searchPreview: the mobile title (Arial 16 px, 2 lines of 400 px)', () => {
  it('keeps a short title on one line', () => {
    const title = 'Haut-Karabakh : l’accord de paix';
    expect(mobilePx(title)).toBeLessThan(400);
    expect(preview(title).mobile).toMatchObject({ titleLines: [[{ text: title, bold: false }]], titleCut: false });
  });

  it('wraps a title between 400 and 800 px on two lines, each as full as a browser makes it', () => {
    const title = widestUnder(700, GOOGLE_MOBILE_TITLE_FONT_PX);
    expect(mobilePx(title)).toBeGreaterThan(400);
    const { lines, cut } = wrapTitle(title, 400, GOOGLE_MOBILE_TITLE_FONT_PX, 2);
    expect(cut).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(title);
    for (const line of lines) expect(mobilePx(line)).toBeLessThanOrEqual(400);
    // The first line takes every word that fits: with the next one it would overflow.
    const nextWord = (lines[1] as string).split(' ')[0];
    expect(mobilePx(`${lines[0]} ${nextWord}`)).toBeGreaterThan(400);
    expect(preview(title).mobile.titleLines.map(plain)).toEqual(lines);
  });

  it('cuts the second line with « … » when the title needs more than two', () => {
    const title = WORDS.join(' ');
    expect(mobilePx(title)).toBeGreaterThan(800);
    const { mobile } = preview(title);
    const lines = mobile.titleLines.map(plain);
    expect(mobile.titleCut).toBe(true);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(mobilePx(line)).toBeLessThanOrEqual(400);
    expect(lines[1]?.endsWith(' …')).toBe(true);
    expectWholeWords(title, `${lines[0]} ${lines[1]}`);
  });

  it('breaks a single word wider than 400 px where it overflows, an accent kept on its letter', () => {
    const word = 'Intergouvernementalisation-anticonstitutionnellement-de\u0301sintermédiation';
    expect(mobilePx(word)).toBeGreaterThan(400);
    expect(mobilePx(word)).toBeLessThan(800);
    const { lines, cut } = wrapTitle(word, 400, GOOGLE_MOBILE_TITLE_FONT_PX, 2);
    expect(cut).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(word);
    expect(mobilePx(lines[0] as string)).toBeLessThanOrEqual(400);
    // As full as it can be: one more character would overflow.
    expect(mobilePx(word.slice(0, (lines[0] as string).length + 1))).toBeGreaterThan(400);
    expect(lines[1]).not.toMatch(/^\p{M}/u);
    // Three times as long: the second line is cut between two letters too.
    const long = `${word}${word}${word}`.replace(/-/g, '');
    const wrapped = wrapTitle(long, 400, GOOGLE_MOBILE_TITLE_FONT_PX, 2);
    expect(wrapped.cut).toBe(true);
    expect(wrapped.lines[1]?.endsWith('…')).toBe(true);
    for (const line of wrapped.lines) expect(mobilePx(line)).toBeLessThanOrEqual(400);
  });

  it('has no line for an empty title', () => {
    expect(preview('').mobile).toMatchObject({ titleLines: [], titleCut: false });
    expect(preview('').desktop).toMatchObject({ title: [], titleCut: false, titleWidthPx: 0 });
  });
});

describe('searchPreview: the description (156 characters, cut on a word)', () => {
  // 153 characters, « è » and « é » among them, ending on a whole word.
  const BASE = 'Le train de nuit Paris-Vienne roule de nouveau trois fois par semaine, avec des couchettes et des voitures-lits, après des années d’absence sur les rails';

  it('keeps a description of exactly 156 characters whole', () => {
    const text = `${BASE} du`;
    expect(readerLength(text)).toBe(156);
    expect(cutDescription(text)).toEqual({ text, cut: false });
    expect(preview('', text).desktop).toMatchObject({ description: [{ text, bold: false }], descriptionCut: false });
  });

  it('drops the word that the 157th character belongs to', () => {
    const text = `${BASE} des`; // « de » fits in 156 characters, « des » does not
    expect(readerLength(text)).toBe(157);
    expect(cutDescription(text)).toEqual({ text: `${BASE} …`, cut: true });
    const { desktop, mobile } = preview('', text);
    expect(plain(desktop.description)).toBe(`${BASE} …`);
    expect(desktop.descriptionCut).toBe(true);
    expect(mobile.descriptionCut).toBe(true);
  });

  it('keeps the last word whole when the limit falls between two words', () => {
    const text = `${BASE} du continent européen`;
    expect(readerLength(`${BASE} du`)).toBe(156);
    expect(cutDescription(text)).toEqual({ text: `${BASE} du …`, cut: true });
  });

  it('drops the punctuation where it cuts', () => {
    // « rail : » with a no-break space, as French writes it; the next word would pass 156 characters.
    const head = 'Le train de nuit Paris-Vienne roule de nouveau trois fois par semaine, avec des couchettes et des voitures-lits, après des années d’absence sur le rail\u00a0:';
    expect(readerLength(head)).toBeLessThan(156);
    expect(readerLength(`${head} retour`)).toBeGreaterThan(156);
    expect(cutDescription(`${head} retour réussi`).text).toBe(`${head.slice(0, -2)} …`);
    const comma = `${BASE.slice(0, 'Le train de nuit Paris-Vienne roule de nouveau trois fois par semaine,'.length)} ${'transfrontalier '.repeat(6)}`;
    expect(cutDescription(comma).text).toMatch(/transfrontalier …$/);
    expect(cutDescription(`${BASE}, voilà tout.`).text).toBe(`${BASE} …`);
  });

  it('counts an accented letter as one character, composed or with a combining accent', () => {
    const composed = `${BASE} dé`;
    expect(readerLength(composed)).toBe(156);
    expect(cutDescription(composed).cut).toBe(false);
    const decomposed = composed.normalize('NFD'); // « é » as « e » + U+0301
    expect(decomposed.length).toBeGreaterThan(156);
    expect(readerLength(decomposed)).toBe(156);
    expect(cutDescription(decomposed)).toEqual({ text: decomposed, cut: false });
    const over = `${BASE} dés`.normalize('NFD');
    expect(readerLength(over)).toBe(157);
    expect(cutDescription(over)).toEqual({ text: `${BASE.normalize('NFD')} …`, cut: true });
  });

  it('folds line breaks and runs of spaces first, as a browser does', () => {
    expect(preview('', '  Le train\n de   nuit.  ').desktop.description).toEqual([{ text: 'Le train de nuit.', bold: false }]);
  });
});

describe('searchPreview: the keyphrase in bold', () => {
  it('bolds both words of « élection présidentielle » in « Les élections présidentielles de 2027 », and nothing else', () => {
    const segments = boldSegments('Les élections présidentielles de 2027', normalizePhrase('élection présidentielle'));
    expect(segments).toEqual([
      { text: 'Les ', bold: false },
      { text: 'élections', bold: true },
      { text: ' ', bold: false },
      { text: 'présidentielles', bold: true },
      { text: ' de 2027', bold: false },
    ]);
  });

  it('bolds the title and the description of the preview, the synonyms’ words too', () => {
    const { desktop, mobile } = searchPreview({
      title: 'Élection présidentielle : les candidats',
      description: 'Qui sera candidat au scrutin de 2027 ?',
      phrases: ['élection présidentielle', 'scrutin'],
    });
    expect(desktop.title.filter((segment) => segment.bold).map((segment) => segment.text)).toEqual(['Élection', 'présidentielle']);
    expect(desktop.description.filter((segment) => segment.bold).map((segment) => segment.text)).toEqual(['scrutin']);
    expect(mobile.titleLines[0]?.filter((segment) => segment.bold).map((segment) => segment.text)).toEqual(['Élection', 'présidentielle']);
  });

  it('leaves function words and elided articles out of the bold, unless the keyphrase is quoted', () => {
    const text = 'Le retour des trains de nuit, de Paris à l’Europe du Nord';
    const bolded = (phrases: string[]) => searchPreview({ title: '', description: text, phrases }).desktop.description.filter((segment) => segment.bold).map((segment) => segment.text);
    // Snowball stems « des » and « de » alike: a keyphrase’s « de » would bold both, everywhere.
    expect(bolded(['trains de nuit'])).toEqual(['trains', 'nuit']);
    expect(bolded(['"trains de nuit"'])).toEqual(['trains', 'de', 'nuit', 'de']);
    expect(bolded(['Europe'])).toEqual(['Europe']);
  });

  it('bolds nothing without a keyphrase', () => {
    const { desktop } = preview('Les élections présidentielles de 2027', 'Les élections présidentielles de 2027 approchent.');
    expect(desktop.title).toEqual([{ text: 'Les élections présidentielles de 2027', bold: false }]);
    expect(desktop.description).toEqual([{ text: 'Les élections présidentielles de 2027 approchent.', bold: false }]);
    expect(boldSegments('Les élections', [])).toEqual([{ text: 'Les élections', bold: false }]);
    expect(boldSegments('', normalizePhrase('élection'))).toEqual([]);
  });
});

describe('previewUrl', () => {
  it('has no host without siteUrl, and the slug’s segments', () => {
    expect(previewUrl('trains-de-nuit', undefined)).toEqual({ segments: ['trains-de-nuit'] });
    expect(previewUrl('/voyages/trains-de-nuit/', undefined)).toEqual({ segments: ['voyages', 'trains-de-nuit'] });
    expect(previewUrl(undefined, undefined)).toEqual({ segments: [] });
  });

  it('puts the site’s host and base path before the slug', () => {
    expect(previewUrl('trains-de-nuit', 'https://www.exemple.fr')).toEqual({ host: 'www.exemple.fr', segments: ['trains-de-nuit'] });
    expect(previewUrl('trains-de-nuit', 'https://exemple.fr/blog/')).toEqual({ host: 'exemple.fr', segments: ['blog', 'trains-de-nuit'] });
    expect(previewUrl('voyages/trains-de-nuit', 'http://localhost:4000/fr/blog')).toEqual({ host: 'localhost:4000', segments: ['fr', 'blog', 'voyages', 'trains-de-nuit'] });
    expect(previewUrl(undefined, 'https://exemple.fr')).toEqual({ host: 'exemple.fr', segments: [] });
  });

  it('shows no host for a siteUrl that is not a URL', () => {
    expect(previewUrl('trains-de-nuit', 'exemple.fr')).toEqual({ segments: ['trains-de-nuit'] });
  });

  it('is the preview’s URL line', () => {
    expect(searchPreview({ title: 'Un titre', description: '', phrases: [], slug: 'trains-de-nuit', siteUrl: 'https://exemple.fr/blog' }).url).toEqual({ host: 'exemple.fr', segments: ['blog', 'trains-de-nuit'] });
  });
});
