// The label lines chat models write around an article to hand over its SEO fields, in French and
// English: « **Titre SEO :** … », « Méta-description (152 caractères) : … », « - **Mot-clé
// principal** : … », "Meta description: …", « ### Méta-description » with the text below.

export type LabelKind = 'seo-title' | 'title' | 'description' | 'keyphrase' | 'other';

export interface Label {
  kind: LabelKind;
  /** The value on the same line, cleaned of emphasis; '' when it is on the next lines. */
  value: string;
}

// Longest names first, so that « titre seo » is not read as « titre ».
const NAMES: [LabelKind, string[]][] = [
  ['seo-title', ['titre seo', 'titre méta', 'titre meta', 'méta-titre', 'meta-titre', 'méta titre', 'meta titre', 'meta title', 'seo title', 'balise title', 'balise <title>', 'title tag', 'titre de la page', 'page title', 'titre pour le référencement']],
  ['title', ['titre principal', 'titre de l’article', "titre de l'article", 'titre h1', 'titre (h1)', 'h1', 'titre', 'title', 'article title']],
  ['description', ['méta-description', 'meta-description', 'méta description', 'meta description', 'metadescription', 'description méta', 'description meta', 'description seo', 'seo description', 'meta desc', 'description']],
  ['keyphrase', ['mot-clé principal', 'mot clé principal', 'mot-clef principal', 'mot-clé cible', 'mot clé cible', 'mot-clé focus', 'expression clé principale', 'expression-clé principale', 'expression clé', 'expression-clé', 'requête principale', 'requête cible', 'focus keyphrase', 'focus keyword', 'main keyword', 'primary keyword', 'keyphrase', 'mot-clé', 'mot clé', 'keyword']],
  ['other', ['mots-clés secondaires', 'mots clés secondaires', 'mots-clés', 'mots clés', 'secondary keywords', 'keywords', 'slug', 'url suggérée', 'url', 'permalien', 'nombre de mots', 'word count', 'balises', 'tags', 'catégorie', 'category']],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]").replace(/[ -]/g, '[ \\-‑]?');
const ALTERNATIVES = NAMES.flatMap(([kind, names]) => names.map((name) => ({ kind, pattern: escape(name) })));
// An optional list bullet or heading, optional emphasis, the label, an optional « (152 caractères) »,
// the colon (inside or outside the emphasis), then the value.
const LABEL = new RegExp(
  `^\\s*(?:[-*+]\\s+)?(?:#{1,6}\\s+)?(?:\\*\\*|__|\\*|_)?\\s*(${ALTERNATIVES.map((alternative) => `(${alternative.pattern})`).join('|')})\\s*(?:\\([^)]{0,40}\\))?\\s*(?:\\*\\*|__|\\*|_)?\\s*[:：]\\s*(?:\\*\\*|__|\\*|_)?\\s*(.*)$`,
  'iu',
);
// « ### Méta-description », « **Méta-description** »: a label alone, its value below. Not « # Titre »,
// which may be an article's own heading.
const ALONE = ALTERNATIVES.filter((alternative) => alternative.kind !== 'title');
const LABEL_ALONE = new RegExp(`^\\s*(?:#{1,6}\\s+|(?:\\*\\*|__))\\s*(${ALONE.map((alternative) => `(${alternative.pattern})`).join('|')})\\s*(?:\\([^)]{0,40}\\))?\\s*(?:\\*\\*|__)?\\s*$`, 'iu');
// « ## Éléments SEO », « ### Métadonnées », "**SEO elements:**": a heading over label lines.
const SECTION = /^\s*(?:#{1,6}\s+|\*\*)\s*(?:(?:éléments|elements|informations|données|données|récapitulatif|fiche|balises)\s+)?(?:seo|méta-?données|metadonnees|métadonnées|metadata|meta|méta)(?:\s+(?:seo|elements|éléments|data))?\s*:?\s*(?:\*\*)?\s*$/iu;

function kindOf(match: RegExpExecArray, alternatives = ALTERNATIVES): LabelKind {
  for (let i = 0; i < alternatives.length; i++) if (match[i + 2] !== undefined) return alternatives[i]?.kind ?? 'other';
  return 'other';
}

/** The label a line holds, if it is one. */
export function findLabel(line: string): Label | undefined {
  const match = LABEL.exec(line);
  if (match) {
    const value = match[ALTERNATIVES.length + 2] ?? '';
    return { kind: kindOf(match), value: value.trim() };
  }
  const alone = LABEL_ALONE.exec(line);
  if (alone) return { kind: kindOf(alone, ALONE), value: '' };
  if (SECTION.test(line)) return { kind: 'other', value: '' };
  return undefined;
}

/** Whether a heading is a label (« ### Méta-description ») or heads a block of labels (« ## Éléments SEO »). */
export function isLabelHeading(line: string): boolean {
  return /^\s*#{1,6}\s/.test(line) && (LABEL_ALONE.test(line) || SECTION.test(line));
}

/** A label's value without its emphasis, quotes and character count. */
export function cleanLabelValue(value: string): string {
  let text = value.trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/\s*[([]\s*(?:environ\s*|≈\s*|~\s*)?\d+\s*(?:caractères|caracteres|characters|chars?|car\.|signes|mots|words)\s*[)\]]\s*$/iu, '')
      .replace(/\s*[—–-]\s*\d+\s*(?:caractères|characters|signes)\s*$/iu, '')
      .replace(/^(?:\*\*|__|\*|_|`)+|(?:\*\*|__|\*|_|`)+$/g, '')
      .replace(/^[«"“]\s*([\s\S]*?)\s*[»"”]$/u, '$1')
      .trim();
  }
  return text;
}
