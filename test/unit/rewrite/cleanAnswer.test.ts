// Taking an article out of a chat answer: fences, preambles, closings and label lines, in French
// and English, as models write them and as writers paste them.
import { describe, expect, it } from 'vitest';
import { cleanAnswer } from '../../../src/core/rewrite/cleanAnswer';
import { ArticleDocument } from '../../../src/core/markdown/ArticleDocument';
import { readAnswer } from '../../../src/core/rewrite/readAnswer';

const ARTICLE = '---\ntitle: "Haut-Karabakh : Blinken sous pression"\ndescription: "Un résumé."\n---\n\n# Haut-Karabakh : Blinken sous pression\n\n## L’appel du 3 octobre\n\nLors d’un appel téléphonique du 3 octobre, les législateurs ont fait pression sur Blinken.\n';
const BODY = '# Haut-Karabakh : Blinken sous pression\n\n## L’appel du 3 octobre\n\nLors d’un appel téléphonique du 3 octobre, les législateurs ont fait pression sur Blinken.\n';

describe('cleanAnswer', () => {
  it('leaves a clean answer as it is', () => {
    expect(cleanAnswer(ARTICLE).text).toBe(ARTICLE);
    expect(cleanAnswer(ARTICLE).removed).toEqual([]);
    expect(cleanAnswer(ARTICLE).fields).toEqual({});
  });

  it('unwraps a fenced answer and drops the preamble and the closing', () => {
    const answer = `Voici votre article optimisé pour le SEO :\n\n\`\`\`markdown\n${ARTICLE}\`\`\`\n\nN’hésitez pas à me demander des ajustements !`;
    const cleaned = cleanAnswer(answer);
    expect(cleaned.text).toBe(ARTICLE);
    expect(cleaned.removed).toEqual(['Voici votre article optimisé pour le SEO :', 'N’hésitez pas à me demander des ajustements !']);
  });

  it('unwraps a fence with no preamble, a ~~~ fence, and a fence left open by a cut stream', () => {
    expect(cleanAnswer(`\`\`\`md\n${ARTICLE}\`\`\``).text).toBe(ARTICLE);
    expect(cleanAnswer(`~~~\n${ARTICLE}~~~`).text).toBe(ARTICLE);
    expect(cleanAnswer(`Voici l’article :\n\n\`\`\`markdown\n${ARTICLE}`).text).toBe(ARTICLE);
  });

  it('keeps the code blocks of an article inside its fence', () => {
    const article = `# Installer\n\nLancez la commande suivante, qui installe tout le nécessaire pour écrire.\n\n\`\`\`sh\nnpm ci\n\`\`\`\n\nEnsuite, ouvrez le fichier et commencez à écrire votre premier article en français.\n`;
    expect(cleanAnswer(`\`\`\`\`markdown\n${article}\`\`\`\``).text).toBe(article);
    expect(cleanAnswer(article).text).toBe(article);
  });

  it('drops an English preamble and closing without fences, and the rule between', () => {
    const answer = `Here is the rewritten article:\n\n${ARTICLE}\n---\n\nI hope this helps! Let me know if you want changes.`;
    expect(cleanAnswer(answer).text).toBe(ARTICLE);
    expect(cleanAnswer(`Voici une réécriture SEO de votre article, en français et de plus de 700 mots.\n\n---\n\n${BODY}`).text).toBe(BODY);
  });

  it('drops a word count, a note on the rewrite and a question to the user at the end', () => {
    const answer = `${BODY}\n*(Environ 820 mots)*\n\n*Note : j’ai conservé toutes les citations mot pour mot.*\n\nSouhaitez-vous une version plus courte ?`;
    const cleaned = cleanAnswer(answer);
    expect(cleaned.text).toBe(BODY);
    expect(cleaned.removed).toHaveLength(3);
  });

  it('turns « Titre : » labels into a heading and strips intertitle labels', () => {
    const answer = 'Titre : Haut-Karabakh, Blinken sous pression\n\n## Intertitre 1 : L’appel du 3 octobre\n\nTexte.\n';
    expect(cleanAnswer(answer).text).toBe('# Haut-Karabakh, Blinken sous pression\n\n## L’appel du 3 octobre\n\nTexte.\n');
    expect(cleanAnswer('# Titre : Blinken\n\nTexte.').text).toBe('# Blinken\n\nTexte.\n');
    expect(cleanAnswer('**Titre :** Blinken sous pression\n\n## L’appel\n\nTexte.').text).toBe('# Blinken sous pression\n\n## L’appel\n\nTexte.\n');
  });

  it('reads the SEO fields of label lines at the top, in French and English, bold or not', () => {
    const answer = '**Titre SEO :** Blinken sous pression\n**Méta-description (142 caractères) :** « Le 3 octobre, des élus ont pressé Blinken. »\n**Mot-clé principal :** Haut-Karabakh\n\n# Haut-Karabakh : Blinken sous pression\n\n## L’appel\n\nTexte.\n';
    const cleaned = cleanAnswer(answer);
    expect(cleaned.fields).toEqual({ seoTitle: 'Blinken sous pression', description: 'Le 3 octobre, des élus ont pressé Blinken.', keyphrase: 'Haut-Karabakh' });
    expect(cleaned.text).toBe('# Haut-Karabakh : Blinken sous pression\n\n## L’appel\n\nTexte.\n');
    const english = cleanAnswer('SEO title: Blinken under pressure\nMeta description: Lawmakers pressed Blinken.\nFocus keyphrase: Blinken\n\n# Blinken\n\nTexte.');
    expect(english.fields).toEqual({ seoTitle: 'Blinken under pressure', description: 'Lawmakers pressed Blinken.', keyphrase: 'Blinken' });
    expect(english.text).toBe('# Blinken\n\nTexte.\n');
  });

  it('reads the labels after the article, under a rule or a heading of their own', () => {
    const answer = `${BODY}\n---\n\n**Méta-description** : Le 3 octobre, des élus ont pressé Blinken.\n\n**Mots-clés** : Blinken, Haut-Karabakh`;
    expect(cleanAnswer(answer)).toEqual({ text: BODY, fields: { description: 'Le 3 octobre, des élus ont pressé Blinken.' }, removed: ['**Méta-description** : Le 3 octobre, des élus ont pressé Blinken.', '**Mots-clés** : Blinken, Haut-Karabakh'] });
    const heading = cleanAnswer(`${BODY}\n### Méta-description\n\nLe 3 octobre, des élus ont pressé Blinken.\n`);
    expect(heading.fields.description).toBe('Le 3 octobre, des élus ont pressé Blinken.');
    expect(heading.text).toBe(BODY);
  });

  it('reads labels written outside the fence', () => {
    const answer = `\`\`\`markdown\n${BODY}\`\`\`\n\n**Méta-description :** Le 3 octobre, des élus ont pressé Blinken.`;
    const cleaned = cleanAnswer(answer);
    expect(cleaned.text).toBe(BODY);
    expect(cleaned.fields.description).toBe('Le 3 octobre, des élus ont pressé Blinken.');
  });

  it('never treats front matter keys as labels, nor an article’s own sentences', () => {
    const cleaned = cleanAnswer(ARTICLE);
    expect(cleaned.text.startsWith('---\ntitle: "Haut-Karabakh')).toBe(true);
    expect(cleaned.fields.description).toBeUndefined();
    const article = '# Haut-Karabakh\n\n## L’appel\n\nLa description : un appel tendu.\n\n## Suite\n\nVoici les faits : Blinken a répondu.\n';
    expect(cleanAnswer(article).text).toBe(article);
  });

  it('restores CRLF line endings when the source had them', () => {
    expect(cleanAnswer('# Titre\n\nTexte.', '\r\n').text).toBe('# Titre\r\n\r\nTexte.\r\n');
  });
});

describe('readAnswer', () => {
  const source = new ArticleDocument('Lors d’un appel téléphonique du 3 octobre, les législateurs ont fait pression sur Blinken.\n');

  it('writes the SEO fields of the labels into the front matter, and takes the H1 as title when there is nothing else', () => {
    const answer = 'Voici l’article :\n\n# Blinken sous pression\n\n**Méta-description :** Le 3 octobre, des élus ont pressé Blinken.\n\nTexte.\n';
    expect(readAnswer(answer, { source, mode: 'document', eol: '\n' }).proposal)
      .toBe('---\ntitle: "Blinken sous pression"\ndescription: "Le 3 octobre, des élus ont pressé Blinken."\n---\n\n# Blinken sous pression\n\nTexte.\n');
  });

  it('prefers the answer’s front matter, then its SEO title label, then its H1; the writer’s keyphrase over the model’s', () => {
    const answer = '**Titre SEO :** Court\n**Mot-clé principal :** appel\n\n# Un titre bien plus long que le titre SEO\n\nTexte.\n';
    expect(readAnswer(answer, { source, mode: 'document', eol: '\n', keyphrase: 'Blinken' }).proposal)
      .toBe('---\ntitle: "Court"\nkeyphrase: "Blinken"\n---\n\n# Un titre bien plus long que le titre SEO\n\nTexte.\n');
  });

  it('writes no empty front matter when the answer gives no field (a cut stream, a fragment)', () => {
    expect(readAnswer('Lors d’un appel du 3 octobre, les', { source, mode: 'document', eol: '\n' }).proposal).toBe('Lors d’un appel du 3 octobre, les\n');
    expect(readAnswer('**Méta-description :** X\n\n## Suite\n\nTexte.', { source, mode: 'selection', eol: '\n' }).proposal).toBe('## Suite\n\nTexte.\n');
  });
});
