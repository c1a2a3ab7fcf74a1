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

const TYPOGRAPHY = ['typography-spaces', 'typography-apostrophe', 'typography-ellipsis', 'typography-numbers', 'typography-quotes', 'typography-accents', 'typography-ordinals', 'typography-punctuation-spacing'];

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
    // typography-quotes: pairs only, nested “ ” inside « », the space typography-spaces asks after »
    ['Il a dit "bonjour" et " au revoir ".', `Il a dit «${NBSP}bonjour${NBSP}» et «${NBSP}au revoir${NBSP}».`],
    ['Une “citation” anglaise.', `Une «${NBSP}citation${NBSP}» anglaise.`],
    ['Il cite « le slogan "la nuit" ».', `Il cite «${NBSP}le slogan “la nuit”${NBSP}».`],
    ['Le mode "*batch*": un fichier.', `Le mode «${NBSP}*batch*${NBSP}»${NBSP}: un fichier.`],
    ['Le "vrai" ?', `Le «${NBSP}vrai${NBSP}»${NARROW}?`],
    ['**"Bonjour"**, dit-il.', `**«${NBSP}Bonjour${NBSP}»**, dit-il.`],
    ['Voir [le "lien"](https://exemple.fr/?q="a").', `Voir [le «${NBSP}lien${NBSP}»](https://exemple.fr/?q="a").`],
    // typography-accents: the capital's accent, « A » → « À » before what makes it the preposition
    ["L'Etat, les Etats-Unis et l'Ecole.", 'L’État, les États-Unis et l’École.'],
    ['Egalement, une Eglise et une Equipe.', 'Également, une Église et une Équipe.'],
    ['A partir de demain. A la une. A Paris, il pleut. A 20 ans, tout change.', 'À partir de demain. À la une. À Paris, il pleut. À 20 ans, tout change.'],
    ['« A noter : rien. »', `«${NBSP}À noter${NBSP}: rien.${NBSP}»`],
    ['## A propos', '## À propos'],
    // typography-ordinals
    ['Le 2ème, la 1ère, les 3èmes, le 4eme, le 5ieme, le 6è.', 'Le 2e, la 1re, les 3es, le 4e, le 5e, le 6e.'],
    ['Le XXème siècle et la Vème République.', 'Le XXe siècle et la Ve République.'],
    ['Le 2nd et la 2nde.', 'Le 2d et la 2de.'],
    ['Mr Dupont, Mr. Martin, Mme. Durand et Melle Petit.', 'M. Dupont, M. Martin, Mme Durand et Mlle Petit.'],
    ['La place No 12 et le N° 7.', 'La place n° 12 et le n° 7.'],
    // typography-punctuation-spacing
    ['Il dit , puis . Enfin.Puis,ici.', 'Il dit, puis. Enfin. Puis, ici.'],
    ['Le train part tard .Il arrive tôt ,enfin.', 'Le train part tard. Il arrive tôt, enfin.'],
    ['Fin.  Suite,   puis.', 'Fin. Suite, puis.'],
    ['**Pourquoi** , oui.', '**Pourquoi**, oui.'],
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
    ['quotes in code, link targets and titles, HTML', 'Le code `x = "a"` et [le lien](https://exemple.fr/?q="a" "titre") et <span title="a">b</span>.'],
    ['a quotation ending with a digit next to an inch mark', 'Un écran de 12" et "un modèle de 2023" ici.'],
    ['an unpaired straight quote, inches', 'Un " seul et un écran de 12" ici.'],
    ['nested English marks inside « »', `Il cite «${NBSP}le slogan “la nuit”${NBSP}».`],
    ['capitals in code, all caps, names and words not in the list', 'Le code `Etat` et L’ETAT, Eric, Etienne, Europe, Eve et Echo.'],
    ['« A » as a letter or in English', 'A est un point. A et B se croisent. A Star Is Born. Plan A, puis B.'],
    ['a priori and a contrario', 'A priori, non. A contrario, oui.'],
    ['ordinals that are right, and in code', 'Le 1er, la 1re, les 1ers, les 1res, le 2e, les 2es, le XXIe siècle, `2ème` et 1ème.'],
    ['abbreviations that are right, and Melle the town', `M. Dupont, Mme Durand, Mlle Petit, à Melle Dupont. N°${NBSP}5 est là.`],
    ['numbers, initials, file names and addresses', 'Il mesure 3,5 m, M. J. Dupont lit index.md sur exemple.fr, https://a.fr/x,y.Z et .NET.'],
    ['an ellipsis, etc. and the end of a paragraph', 'Il partit… etc. Puis rien.'],
    ['a space after a full stop next to formatting', 'Fin.**Début** et **fin.**Suite.'],
    ['a hard line break after a full stop', 'Ligne.  \nSuite.'],
    ['a space before a comma after inline code', 'Le fichier `a.md` , puis.'],
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
  const piece = fc.constantFrom('mot', 'État', 'Etat', 'Ecole', "l'", 'l’', ' ', '  ', NBSP, NARROW, '?', '!', ';', ':', '«', '»', '"', '“', '”', '...', '…', 'etc', '.', ',', '**', '*', '`code ?`', '10', '(', ')', '\n', 'https://a.fr/?q=1', '[lien](b.md)', '123456', '1234', '%', 'km', '€', 'A', ' la', 'Paris', '2ème', '1ère', 'XXème', '2nd', 'Mr', 'Mme.', 'Melle', 'No', 'N°', ' 5', 'Puis');
  const article = fc.array(piece, { maxLength: 40 }).map((pieces) => `# Titre\n\n${pieces.join('')}\n`);

  /**
   * The text without what the rules may change: spaces, apostrophes, quotation marks, dots
   * (ellipses, « Mr » → « M. »), accents (« Etat » → « État »: letters compared without their
   * marks), and the letters of ordinal endings and abbreviations (« 2ème » → « 2e », « 2nd » →
   * « 2d », « 1ère » → « 1re », « Mr » → « M. », « Melle » → « Mlle », « No » → « n° »), each
   * brought to one written form. Whatever else a fix changed would show here.
   */
  const skeleton = (value: string) => value
    .normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/(?<=\d|[IVXL])(?:iemes?|emes?|eres?|res?|ndes?|nds?|des?|ds?|es?|e)(?![\p{L}\p{N}])/gu, '')
    .replace(/\bMr\b/g, 'M').replace(/\bMelle/g, 'Mlle').replace(/\b[Nn](?:°|o\b)/g, 'n')
    .replace(/[ \u00a0\u202f'’.…"“”«»]/g, '');

  it('change only spaces, apostrophes, quotes, dots, accents and ordinal and abbreviation letters, and find nothing on a second pass', () => {
    fc.assert(fc.property(article, (text) => {
      const fixed = fixAll(text);
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

describe('the new rules say what they found and what to write', () => {
  it.each([
    ['typography-quotes', 'Il dit "oui".', /^Guillemets droits \("…"\) : en français, une citation s’écrit entre guillemets français/, /^Straight quotation marks \("…"\): French writes/, 'Mettre les guillemets français « »'],
    ['typography-quotes', 'Il cite « le "oui" ».', /^Guillemets droits \("…"\) dans une citation : .*guillemets anglais/, /inside a quotation/, 'Mettre les guillemets anglais “ ”'],
    ['typography-accents', "L'Etat paie.", /^« Etat » : en français, la capitale garde son accent, écrivez « État »\.$/, /^“Etat”: French capitals keep their accent, write “État”\.$/, 'Écrire « État »'],
    ['typography-accents', 'A partir de demain.', /^« A » en début de phrase/, /write “À”/, 'Écrire « À »'],
    ['typography-ordinals', 'Le 2ème train.', /^« 2ème » : en français, l’ordinal s’abrège « 2e »/, /^“2ème”: French abbreviates the ordinal as “2e”/, 'Écrire « 2e »'],
    ['typography-ordinals', 'Mr Dupont part.', /^« Mr » est l’abréviation anglaise/, /“M\.”/, 'Écrire « M. »'],
    ['typography-punctuation-spacing', 'Il part , enfin.', /^Espace avant « , » : /, /^Space before “,”/, 'Supprimer l’espace'],
    ['typography-punctuation-spacing', 'Il part.Enfin.', /^Espace manquante après « \. » : /, /^Missing space after “\.”/, 'Ajouter l’espace'],
  ])('%s on %j', (id, body, fr, en, title) => {
    const text = `# Titre\n\n${body}\n`;
    const [finding, ...rest] = runCheck(id, text);
    expect(rest).toEqual([]);
    expect(finding?.message.fr).toMatch(fr);
    expect(finding?.message.en).toMatch(en);
    expect(quickFixesFor(new ArticleDocument(text), finding as never)[0]?.title.fr).toBe(title);
  });

  it('reports one finding per quotation, from its opening mark to its closing one', () => {
    const text = '# Titre\n\nIl dit "oui" puis "non".\n';
    expect(runCheck('typography-quotes', text).map((finding) => text.slice(finding.range.start, finding.range.end))).toEqual(['"oui"', '"non"']);
  });
});

describe('maxFindings: a cap on the findings listed, never on the fixes', () => {
  const text = `# Titre\n\n${Array.from({ length: 60 }, (_, i) => `l'a${i}`).join(' ')}.\n`;

  it('lists 50 findings by default, then one that counts the others and names the fix-all', () => {
    const findings = runCheck('typography-apostrophe', text);
    expect(findings).toHaveLength(51);
    const last = findings[50];
    expect(last?.data).toEqual({ more: 10, listed: 50 });
    expect(last?.severity).toBe('info');
    expect(last?.fix).toBeUndefined();
    expect(last?.message.fr).toBe('10 autres occurrences de cette règle, non listées (au-delà de 50) : « Plume : Corriger toute la typographie » les corrige toutes.');
    expect(last?.message.en).toBe('10 more occurrences of this rule, not listed (past 50): “Plume: Fix All Typography” fixes them all.');
    // On the 51st apostrophe, the first one left out.
    expect(last?.range.start).toBe((findings[49]?.range.start ?? 0) + "l'a49 ".length);
  });

  it('follows the option: 10 listed, or 0 for all of them', () => {
    expect(runCheck('typography-apostrophe', text, { maxFindings: 10 })).toHaveLength(11);
    expect(runCheck('typography-apostrophe', text, { maxFindings: 0 })).toHaveLength(60);
  });

  it('the fix-all still fixes every occurrence', async () => {
    const { fixTypography } = await import('../../../src/core/typography/fixTypography');
    expect(fixTypography(text, [{ checks: { 'typography-apostrophe': { maxFindings: 5 } } }])).not.toContain("'");
  });
});
