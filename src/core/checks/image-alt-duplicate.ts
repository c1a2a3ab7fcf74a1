import { defineCheck } from './Check';

/**
 * An alt text as two images are compared by it: what a screen reader says is the same whatever
 * the case, the spacing, the apostrophe typed or a final period.
 */
export function altKey(alt: string): string {
  return alt.normalize('NFC').toLowerCase().replace(/[’ʼ‘`´]/g, "'").replace(/\s+/g, ' ').trim().replace(/[\s.]+$/, '');
}

/** Each image should have its own alt text: two images described alike are one image to a screen reader. */
export default defineCheck({
  id: 'image-alt-duplicate',
  title: { fr: 'Textes alternatifs distincts', en: 'Distinct alt texts' },
  family: 'seo',
  description: {
    fr: 'Plusieurs images ont le même texte alternatif.',
    en: 'Several images have the same alternative text.',
  },
  passed: {
    fr: 'Deux images différentes n’ont jamais le même texte alternatif.',
    en: 'No two different images share the same alt text.',
  },
  // A duplicated alt is a description that fails one of the two images (WCAG 1.1.1 asks each to be
  // described), and it repeats the same words to image search.
  defaultSeverity: 'warning',
  // No threshold: two alt texts are the same once normalised (altKey) or they are not.
  defaultOptions: {},
  run({ doc, report, skip }) {
    if (doc.bodyImages.filter((image) => image.alt.trim() !== '').length < 2) return skip();
    const firsts = new Map<string, { url: string; line: number; alt: string }>();
    for (const image of doc.bodyImages) {
      const key = altKey(image.alt);
      // An empty alt is image-alt-missing's finding.
      if (key === '') continue;
      const first = firsts.get(key);
      if (!first) {
        firsts.set(key, { url: image.url, line: doc.lines.positionAt(image.range.start).line + 1, alt: image.alt.trim() });
        continue;
      }
      // The same picture shown twice rightly has the same description.
      if (image.url !== '' && image.url === first.url) continue;
      report({
        range: image.range,
        message: {
          fr: `Même texte alternatif que l’image de la ligne ${first.line} : « ${first.alt} ». Décrivez ce que montre celle-ci, qui la distingue de l’autre.`,
          en: `Same alt text as the image on line ${first.line}: “${first.alt}”. Describe what this one shows that sets it apart from the other.`,
        },
        data: { alt: image.alt, firstLine: first.line, url: image.url },
      });
    }
  },
});
