import { contentWords } from '../language/fr/functionWords';
import { formShare, keyphraseForms, normalizePhrase } from '../language/fr/matchKeyphrase';
import type { KeyphraseForm } from '../language/fr/matchKeyphrase';
import { readSlug } from '../markdown/readSlug';
import { defineCheck } from './Check';
import { nen, nfr } from './formatNumber';

/**
 * A form as a slug is searched for it: a quoted keyphrase loses its quotes, since a slug drops
 * function words as a rule (« train-nuit » for « "train de nuit" ») and no reader sees it as a phrase.
 */
function slugForms(keyphrase: string, synonyms: readonly string[]): KeyphraseForm[] {
  return keyphraseForms(keyphrase, synonyms).flatMap((form) => (form.exact ? keyphraseForms(form.text.trim().slice(1, -1)) : [form]));
}

// Yoast SEO's « Keyphrase in slug »: a keyphrase of 1 or 2 content words must be all there, a
// longer one more than half (3 content words: 2 of them; 4: 3). A rule rather than a threshold a
// team would tune: no option.
const SHORT_KEYPHRASE_MAX = 2;

/** Whether a slug holding `share` (0 to 1) of a form's words carries it, by Yoast's rule. */
function slugHolds(share: number, form: KeyphraseForm): boolean {
  return form.words.length <= SHORT_KEYPHRASE_MAX ? share === 1 : share > 0.5;
}

/** The slug carries the focus keyphrase (Yoast SEO's « Keyphrase in slug »). */
export default defineCheck({
  id: 'keyphrase-in-slug',
  title: { fr: 'Expression clé dans le slug', en: 'Keyphrase in slug' },
  family: 'seo',
  description: {
    fr: 'Le slug (l’adresse de la page) ne contient pas l’expression clé.',
    en: 'The slug (the page’s address) does not contain the keyphrase.',
  },
  passed: {
    fr: 'Le slug reprend l’expression clé ou un synonyme.',
    en: 'The slug holds the keyphrase or a synonym.',
  },
  // Yoast scores a slug without the keyphrase orange, never red (red only for its « cornerstone »
  // content, which Plume does not know of): a notice.
  defaultSeverity: 'info',
  // No threshold to set: Yoast's rule (SHORT_KEYPHRASE_MAX).
  defaultOptions: {},
  needsKeyphrase: true,
  run({ doc, report, skip }) {
    const { keyphrase, synonyms } = doc;
    if (!keyphrase) return skip();
    const slug = readSlug(doc);
    if (!slug) return skip();
    const forms = slugForms(keyphrase.text, synonyms);
    const [own] = forms;
    if (!own) return;
    // Slug words are split on hyphens and underscores, accents folded (« etats-unis » is
    // « États-Unis »), and compared as the text's words are, by stem or folded form.
    const words = normalizePhrase(slug.text.replace(/[_+~.]+/g, ' '));
    if (forms.some((form) => slugHolds(formShare(words, form), form))) return;
    const total = own.words.length;
    const found = Math.round(formShare(words, own) * total);
    const nor = synonyms.length === 0 ? { fr: '', en: '' } : {
      fr: ` ni aucun de ses synonymes (${synonyms.map((synonym) => `« ${synonym} »`).join(', ')})`,
      en: ` nor any of its synonyms (${synonyms.map((synonym) => `“${synonym}”`).join(', ')})`,
    };
    // French counts 0 and 1 in the singular: « 0 mot plein sur 2 », « 2 mots pleins sur 3 ».
    const wordsFr = found > 1 ? 'mots pleins' : 'mot plein';
    const count = total === 1 ? { fr: '', en: '' } : total <= SHORT_KEYPHRASE_MAX
      ? { fr: ` (${nfr(found)} ${wordsFr} sur ${nfr(total)} ; il les faut tous)`, en: ` (${nen(found)} of its ${nen(total)} content words; all are needed)` }
      : { fr: ` (${nfr(found)} ${wordsFr} sur ${nfr(total)} ; plus de la moitié attendus)`, en: ` (${nen(found)} of its ${nen(total)} content words; more than half expected)` };
    const where = slug.source === 'file-name'
      ? {
        fr: `Le slug « ${slug.text} », tiré du nom du fichier ${slug.fileName ?? ''},`,
        en: `The slug “${slug.text}”, taken from the file name ${slug.fileName ?? ''},`,
      }
      : { fr: `Le slug « ${slug.text} » (champ \`${slug.key}\`)`, en: `The slug “${slug.text}” (\`${slug.key}\` field)` };
    const action = slug.source === 'file-name'
      ? { fr: 'Renommez le fichier ou ajoutez un champ `slug` au front matter', en: 'Rename the file or add a `slug` field to the front matter' }
      : { fr: 'Reprenez-la dans le slug', en: 'Use it in the slug' };
    report({
      range: slug.range,
      message: {
        fr: `${where.fr} ne contient pas l’expression clé « ${keyphrase.text} »${nor.fr}${count.fr}. ${action.fr} (par exemple « ${suggestion(keyphrase.text)} ») ; une adresse déjà publiée demande une redirection.`,
        en: `${where.en} does not contain the keyphrase “${keyphrase.text}”${nor.en}${count.en}. ${action.en} (for example “${suggestion(keyphrase.text)}”); an address already published needs a redirect.`,
      },
      data: { slug: slug.text, source: slug.source, keyphrase: keyphrase.text, synonyms, found, total },
    });
  },
});

/**
 * The keyphrase written as a slug: its content words (a slug commonly drops « de », « la »,
 * « son »), lower case, accents dropped, joined by hyphens: « Réussir son potager » →
 * « reussir-potager ».
 */
function suggestion(keyphrase: string): string {
  const content = contentWords(keyphrase);
  const words = content.length > 0 ? content : [keyphrase];
  return words.join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
