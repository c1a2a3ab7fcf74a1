import type { Localized } from './Check';

/**
 * Each check's short name, as a writer reads it in a menu (« Désactiver « Phrases trop longues »
 * pour cet espace de travail ») and as its docs page titles it. Kept apart from the checks so that
 * the editor can name a check without loading the analysis engine; the registry test checks that
 * every check has one.
 */
export const CHECK_NAMES: Record<string, Localized> = {
  'front-matter-invalid': { fr: 'Front matter illisible', en: 'Unreadable front matter' },
  'title-missing': { fr: 'Titre manquant', en: 'Missing title' },
  'keyphrase-used-elsewhere': { fr: 'Expression clé déjà utilisée', en: 'Keyphrase already used' },
  'title-duplicate': { fr: 'Titre SEO en double', en: 'Duplicate SEO title' },
  'description-duplicate': { fr: 'Méta-description en double', en: 'Duplicate meta description' },
  'link-broken': { fr: 'Lien interne cassé', en: 'Broken internal link' },
  'typography-spaces': { fr: 'Espaces insécables de la ponctuation', en: 'No-break spaces around punctuation' },
  'typography-apostrophe': { fr: 'Apostrophe droite', en: 'Straight apostrophe' },
  'typography-ellipsis': { fr: 'Points de suspension', en: 'Ellipsis' },
  'typography-numbers': { fr: 'Nombres mal écrits', en: 'Badly written numbers' },
  'typography-quotes': { fr: 'Guillemets droits ou anglais', en: 'Straight or English quotation marks' },
  'typography-accents': { fr: 'Capitale sans accent', en: 'Capital without its accent' },
  'typography-ordinals': { fr: 'Ordinaux et abréviations mal écrits', en: 'Badly written ordinals and abbreviations' },
  'typography-punctuation-spacing': { fr: 'Espaces autour de la virgule et du point', en: 'Spaces around commas and full stops' },
  'article-orphan': { fr: 'Article orphelin', en: 'Orphan article' },
  'link-suggestion': { fr: 'Suggestions de liens internes', en: 'Internal link suggestions' },
  'h1-multiple': { fr: 'Plusieurs titres de niveau 1', en: 'Multiple level-1 headings' },
  'heading-increment': { fr: 'Niveau d’intertitre sauté', en: 'Skipped heading level' },
  'subheadings-missing': { fr: 'Intertitres manquants', en: 'Missing subheadings' },
  'word-count-min': { fr: 'Texte trop court', en: 'Text too short' },
  'section-too-long': { fr: 'Section trop longue', en: 'Section too long' },
  'paragraph-too-long': { fr: 'Paragraphe trop long', en: 'Paragraph too long' },
  'sentences-too-long': { fr: 'Trop de phrases longues', en: 'Too many long sentences' },
  'readability-fr': { fr: 'Texte difficile à lire', en: 'Hard-to-read text' },
  'transition-words': { fr: 'Peu de mots de liaison', en: 'Few transition words' },
  'passive-voice': { fr: 'Trop de phrases au passif', en: 'Too much passive voice' },
  'sentence-beginnings': { fr: 'Débuts de phrases répétés', en: 'Repeated sentence beginnings' },
  'word-complexity': { fr: 'Trop de mots complexes', en: 'Too many complex words' },
  'meta-description-missing': { fr: 'Méta-description manquante', en: 'Missing meta description' },
  'meta-description-length': { fr: 'Méta-description trop courte ou trop longue', en: 'Meta description too short or too long' },
  'title-width': { fr: 'Titre SEO trop large', en: 'SEO title too wide' },
  'title-length': { fr: 'Titre SEO trop long', en: 'SEO title too long' },
  'slug-length': { fr: 'Slug trop long', en: 'Slug too long' },
  'keyphrase-length': { fr: 'Longueur de l’expression clé', en: 'Keyphrase length' },
  'keyphrase-in-title': { fr: 'Expression clé absente du début du titre', en: 'Keyphrase missing from the title’s start' },
  'keyphrase-in-slug': { fr: 'Expression clé absente du slug', en: 'Keyphrase missing from the slug' },
  'keyphrase-in-introduction': { fr: 'Expression clé absente de l’introduction', en: 'Keyphrase missing from the introduction' },
  'keyphrase-in-subheadings': { fr: 'Expression clé dans les intertitres', en: 'Keyphrase in subheadings' },
  'keyphrase-density': { fr: 'Densité de l’expression clé', en: 'Keyphrase density' },
  'keyphrase-distribution': { fr: 'Répartition de l’expression clé', en: 'Keyphrase distribution' },
  'keyphrase-in-meta-description': { fr: 'Expression clé absente de la méta-description', en: 'Keyphrase missing from the meta description' },
  'links-internal-missing': { fr: 'Aucun lien interne', en: 'No internal link' },
  'links-outbound-missing': { fr: 'Aucun lien sortant suivi', en: 'No followed outbound link' },
  'competing-links': { fr: 'Lien concurrent sur l’expression clé', en: 'Link competing for the keyphrase' },
  'images-missing': { fr: 'Aucune image', en: 'No image' },
  'image-alt-missing': { fr: 'Image sans texte alternatif', en: 'Image without alt text' },
  'image-alt-length': { fr: 'Texte alternatif trop court ou trop long', en: 'Alt text too short or too long' },
  'image-alt-duplicate': { fr: 'Texte alternatif en double', en: 'Duplicate alt text' },
  'keyphrase-in-image-alt': { fr: 'Expression clé dans les textes alternatifs', en: 'Keyphrase in image alt texts' },
  'not-french': { fr: 'Texte qui n’est pas en français', en: 'Text not in French' },
  'markdown-too-complex': { fr: 'Structure hors de toute mesure', en: 'Structure beyond any measure' },
};

/** The name of a check in a language; its id when it has none (a check of a newer version). */
export function checkName(id: string, language: 'fr' | 'en'): string {
  return CHECK_NAMES[id]?.[language] ?? id;
}
