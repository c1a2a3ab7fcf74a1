import { describe, expect, it } from 'vitest';
import { cleanAnswer } from '../../../src/core/rewrite/cleanAnswer';

const ARTICLE = '---\ntitle: "Haut-Karabakh : Blinken sous pression"\ndescription: "Un résumé."\n---\n\n# Haut-Karabakh : Blinken sous pression\n\n## L’appel du 3 octobre\n\nLors d’un appel téléphonique du 3 octobre, les législateurs ont fait pression sur Blinken.\n';

describe('cleanAnswer', () => {
  it('leaves a clean answer as it is', () => {
    expect(cleanAnswer(ARTICLE).text).toBe(ARTICLE);
    expect(cleanAnswer(ARTICLE).removed).toEqual([]);
  });

  it('unwraps a fenced answer and drops the preamble and the closing', () => {
    const answer = `Voici votre article optimisé pour le SEO :\n\n\`\`\`markdown\n${ARTICLE}\`\`\`\n\nN’hésitez pas à me demander des ajustements !`;
    const cleaned = cleanAnswer(answer);
    expect(cleaned.text).toBe(ARTICLE);
    expect(cleaned.removed).toEqual(['Voici votre article optimisé pour le SEO :', 'N’hésitez pas à me demander des ajustements !']);
  });

  it('drops an English preamble and closing without fences', () => {
    const answer = `Here is the rewritten article:\n\n${ARTICLE}\n---\n\nI hope this helps! Let me know if you want changes.`;
    expect(cleanAnswer(answer).text).toBe(ARTICLE);
  });

  it('keeps a code block that is part of the article', () => {
    const article = `# Installer\n\nLancez la commande suivante, qui installe tout le nécessaire pour écrire.\n\n\`\`\`sh\nnpm ci\n\`\`\`\n\nEnsuite, ouvrez le fichier et commencez à écrire votre premier article en français.\n`;
    expect(cleanAnswer(article).text).toBe(article);
  });

  it('turns « Titre : » labels into a heading and strips intertitle labels', () => {
    const answer = 'Titre : Haut-Karabakh, Blinken sous pression\n\n## Intertitre 1 : L’appel du 3 octobre\n\nTexte.\n';
    expect(cleanAnswer(answer).text).toBe('# Haut-Karabakh, Blinken sous pression\n\n## L’appel du 3 octobre\n\nTexte.\n');
    expect(cleanAnswer('# Titre : Blinken\n\nTexte.').text).toBe('# Blinken\n\nTexte.\n');
  });

  it('moves a « Méta-description : » line out of the body when there is no front matter', () => {
    const cleaned = cleanAnswer('# Blinken\n\n**Méta-description :** « Lors d’un appel du 3 octobre, les élus ont pressé Blinken. »\n\nTexte.\n');
    expect(cleaned.description).toBe('Lors d’un appel du 3 octobre, les élus ont pressé Blinken.');
    expect(cleaned.text).toBe('# Blinken\n\nTexte.\n');
  });

  it('never treats front matter keys as labels', () => {
    const cleaned = cleanAnswer(ARTICLE);
    expect(cleaned.text.startsWith('---\ntitle: "Haut-Karabakh')).toBe(true);
    expect(cleaned.description).toBeUndefined();
  });

  it('restores CRLF line endings when the source had them', () => {
    expect(cleanAnswer('# Titre\n\nTexte.', '\r\n').text).toBe('# Titre\r\n\r\nTexte.\r\n');
  });
});
