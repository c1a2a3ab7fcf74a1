// The typography checks and their fixes: what they change, what they must never touch, and, over
// generated texts, that fixing everything changes only the characters the rules name and that a
// second pass finds nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { quickFixesFor } from '../../../src/core/fixes/quickFixesFor';
import type { TextEdit } from '../../../src/core/fixes/QuickFix';
import { applyEdits, runCheck } from '../checks/runCheck';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';

const TYPOGRAPHY = ['typography-spaces', 'typography-apostrophe', 'typography-ellipsis', 'typography-numbers'];

/** Every typography finding's fix applied at once, as a fix-all would. */
function fixAll(text: string): string {
  const analysis = analyzeArticle(text);
  const edits: TextEdit[] = analysis.findings.filter((finding) => TYPOGRAPHY.includes(finding.checkId))
    .flatMap((finding) => quickFixesFor(new ArticleDocument(text), finding, analysis.settings)[0]?.edits ?? []);
  return applyEdits(text, edits);
}

const NARROW = '\u202f';
const NBSP = '\u00a0';

describe('typography fixes: what they change', () => {
  it.each([
    ['Pourquoi?', `Pourquoi${NARROW}?`],
    ['Pourquoi ?!', `Pourquoi${NARROW}?!`],
    ['Attention ; danger !', `Attention${NARROW}; danger${NARROW}!`],
    ['Il dit : bonjour.', `Il dit${NBSP}: bonjour.`],
    ['Il dit « bonjour » et part.', `Il dit «${NBSP}bonjour${NBSP}» et part.`],
    ["L'État et aujourd'hui.", 'L’État et aujourd’hui.'],
    ['Il partit... peut-être.', 'Il partit… peut-être.'],
    ['Paris, Nice, etc...', 'Paris, Nice, etc.'],
    ['**Pourquoi** ?', `**Pourquoi**${NARROW}?`],
    ['**Pourquoi**?', `**Pourquoi**${NARROW}?`],
    ['Le *vrai* « sujet »…', `Le *vrai* «${NBSP}sujet${NBSP}»…`],
    ['Il y a 125000 voyageurs et 1234567 trains.', `Il y a 125${NARROW}000 voyageurs et 1${NARROW}234${NARROW}567 trains.`],
    ['Il coûte 35€, fait 12 km et 3,5%.', `Il coûte 35${NBSP}€, fait 12${NBSP}km et 3,5${NBSP}%.`],
  ])('%j → %j', (before, after) => {
    expect(fixAll(`# Titre\n\n${before}\n`)).toBe(`# Titre\n\n${after}\n`);
  });

  it('puts the word-wide no-break space before ; ! ? for a team that chooses it', () => {
    const [finding] = runCheck('typography-spaces', '# Titre\n\nPourquoi ?\n', { narrow: false });
    expect(finding?.fix).toEqual({ edit: { start: 17, end: 18, text: NBSP } });
  });
});

describe('typography fixes: what they never touch', () => {
  it.each([
    ['inline code', 'Le code `a ? b : c` et `l\'objet` et `a...b`.'],
    ['a fenced block', '```js\nconst a = b ? c : d; // l\'objet...\n```'],
    ['an indented block', '    if (a ? b : c) { l\'x... }'],
    ['a URL as text', 'Voir https://exemple.fr/page?id=3&x=l\'y et www.exemple.fr/a?b.'],
    ['a link target', 'Voir [la page](https://exemple.fr/a?b=l\'c...d).'],
    ['an e-mail address', 'Écrire à contact@exemple.fr?subject=x.'],
    ['an HTML block', '<p title="l\'attribut ; ici ?">Texte</p>'],
    ['times and ratios', 'Départ à 21:30, ratio 1:2.'],
    ['years, codes and decimals', 'En 2023, le décret n°75056, la directive 2003/98/CE, le code A75012, pi vaut 3,14159 et 12345,5.'],
    ['numbers in addresses and code', 'Voir https://exemple.fr/125000 et `x = 100000` et [le lien](https://exemple.fr/50km).'],
    ['emoji shortcodes and smileys', 'Une base :elephant: et un sourire :) ;)'],
    ['what is right already', `Pourquoi${NARROW}? Il dit${NBSP}: «${NBSP}oui${NBSP}»${NARROW}; l’État… etc.`],
  ])('%s', (_name, body) => {
    const text = `# Titre\n\n${body}\n`;
    expect(fixAll(text)).toBe(text);
  });

  it('leaves the front matter alone', () => {
    const text = "---\ntitle: Pourquoi? L'État...\n---\n\n# Titre\n\nUn texte.\n";
    expect(fixAll(text)).toBe(text);
  });
});

describe('typography fixes over generated texts', () => {
  // Words, spaces and the marks the rules read, with Markdown around them.
  const piece = fc.constantFrom('mot', 'État', "l'", 'l’', ' ', '  ', NBSP, NARROW, '?', '!', ';', ':', '«', '»', '...', '…', 'etc', '.', ',', '**', '*', '`code ?`', '10', '(', ')', '\n', 'https://a.fr/?q=1', '[lien](b.md)', '123456', '1234', '%', 'km', '€');
  const article = fc.array(piece, { maxLength: 40 }).map((pieces) => `# Titre\n\n${pieces.join('')}\n`);

  it('change only spaces, apostrophes and dots, and find nothing on a second pass', () => {
    fc.assert(fc.property(article, (text) => {
      const fixed = fixAll(text);
      // Taking out what the rules may change leaves the same text.
      const skeleton = (value: string) => value.replace(/[ \u00a0\u202f'’.…]/g, '');
      expect(skeleton(fixed)).toBe(skeleton(text));
      expect(fixAll(fixed)).toBe(fixed);
    }));
  });
});

describe('typography messages say what is there and what is wanted', () => {
  it('names the mark each space belongs to, and the kind of space found', () => {
    const messages = runCheck('typography-spaces', `# Titre\n\nIl dit « non ! » et Pourquoi${NBSP}? Enfin?\n`).map((finding) => finding.message.fr);
    expect(messages).toEqual([
      expect.stringMatching(/^Espace ordinaire après « « »/),
      expect.stringMatching(/^Espace ordinaire avant « ! »/),
      expect.stringMatching(/^Espace ordinaire avant « » »/),
      expect.stringMatching(/^Espace insécable d’une autre largeur avant « \? » : .*fine insécable/),
      expect.stringMatching(/^Espace manquante avant « \? »/),
    ]);
  });

  it('offers « Écrire « etc. » » for « etc… » and « Mettre « … » » for three dots', () => {
    const text = '# Titre\n\nParis, etc… Puis... la suite.\n';
    const titles = runCheck('typography-ellipsis', text).map((finding) => quickFixesFor(new ArticleDocument(text), finding)[0]?.title.fr);
    expect(titles).toEqual(['Écrire « etc. »', 'Mettre « … »']);
  });
});

describe('fixTypography: the fix-all', () => {
  it('applies every rule at once, as the team set them, and changes nothing a second time', async () => {
    const { fixTypography, typographyEdits } = await import('../../../src/core/typography/fixTypography');
    const text = "\ufeff# L'État\n\nPourquoi? « Oui »... etc...\n";
    const fixed = fixTypography(text);
    expect(fixed).toBe(`\ufeff# L’État\n\nPourquoi${NARROW}? «${NBSP}Oui${NBSP}»… etc.\n`);
    expect(typographyEdits(fixed)).toEqual([]);
    // A check turned off is not applied; `narrow: false` puts U+00A0 before « ? ».
    expect(fixTypography(text, [{ checks: { 'typography-apostrophe': 'off', 'typography-spaces': { narrow: false } } }])).toBe(`\ufeff# L'État\n\nPourquoi${NBSP}? «${NBSP}Oui${NBSP}»… etc.\n`);
  });
});
