import { defineCheck } from './Check';

// An opening fence followed by a `key: value` or `key = value` line: a front matter the parser
// could not see, because its closing fence is missing (its fields then read as body text).
const UNCLOSED = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n[ \t]*["']?[\w-]+["']?[ \t]*[:=]/;

/** A front matter Plume cannot read hides the title, description and keyphrase from every other check. */
export default defineCheck({
  id: 'front-matter-invalid',
  title: { fr: 'Syntaxe du front matter', en: 'Front matter syntax' },
  family: 'seo',
  description: {
    fr: 'Le front matter (YAML ou TOML) est illisible.',
    en: 'The front matter (YAML or TOML) cannot be read.',
  },
  passed: {
    fr: 'Le front matter, s’il y en a un, se lit sans erreur.',
    en: 'The front matter, if any, reads without error.',
  },
  // The static site generator fails to build the page (Hugo, Jekyll, Astro stop on it), and
  // Plume loses title, description and keyphrase: an error, not a style remark.
  defaultSeverity: 'error',
  // No threshold: the block parses or it does not.
  defaultOptions: {},
  run({ doc, report, skip }) {
    const frontMatter = doc.frontMatter;
    // No front matter at all (and no unclosed one): nothing to judge.
    if (!frontMatter && !UNCLOSED.test(doc.text)) return skip();
    if (frontMatter?.error) {
      const format = frontMatter.kind === 'yaml' ? 'YAML' : 'TOML';
      const { range } = frontMatter.error;
      // Parser messages may end with a period; the sentence below adds its own.
      const message = frontMatter.error.message.replace(/[.\s]+$/, '');
      // French typography puts a space before « : », and in an unquoted YAML value « : » opens a
      // new key: the most common way a French front matter breaks.
      const colon = frontMatter.kind === 'yaml' && /mapping/i.test(message);
      const advice = colon
        ? { fr: 'Mettez la valeur entre guillemets ("…") : en YAML, « : » suivi d’une espace dans une valeur sans guillemets ouvre une nouvelle clé', en: 'Quote the value ("…"): in YAML, a colon followed by a space inside an unquoted value starts a new key' }
        : { fr: 'Corrigez sa syntaxe (paires « clé: valeur », guillemets fermés, indentation par espaces)', en: 'Fix its syntax (key: value pairs, closed quotes, spaces for indentation)' };
      report({
        range,
        message: {
          fr: `Front matter ${format} illisible : ${message}. ${advice.fr} ; en attendant, titre, méta-description et expression clé sont ignorés.`,
          en: `Unreadable ${format} front matter: ${message}. ${advice.en}; until then, title, meta description and keyphrase are ignored.`,
        },
        data: { kind: frontMatter.kind, parserMessage: message },
      });
      return;
    }
    const unclosed = frontMatter ? undefined : UNCLOSED.exec(doc.text);
    if (!unclosed) return;
    const fence = unclosed[1] ?? '---';
    const start = doc.text.indexOf(fence);
    report({
      range: { start, end: start + fence.length },
      message: {
        fr: `Front matter non fermé : la ligne ${fence} d’ouverture n’a pas de ${fence} de fermeture, ses champs sont lus comme du texte. Ajoutez une ligne ${fence} après le dernier champ.`,
        en: `Unclosed front matter: the opening ${fence} line has no closing ${fence}, so its fields are read as body text. Add a ${fence} line after the last field.`,
      },
      data: { kind: fence === '---' ? 'yaml' : 'toml', unclosed: true },
    });
  },
});
