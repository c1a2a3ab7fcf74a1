import type { Localized } from '../checks/Check';
import type { FactNote } from './facts/Fact';

/** One line per « à vérifier » item, in French and English: what it is and why it does not fail the rewrite. */
export function describeFactNote(note: FactNote): Localized {
  const text = note.fact.text;
  const source = note.source?.text ?? '';
  switch (note.reason) {
    case 'name-added':
      return { fr: `Nom ajouté : ${text}`, en: `Name added: ${text}` };
    case 'name-missing':
      return { fr: `Nom absent de la proposition : ${text}`, en: `Name left out of the proposal: ${text}` };
    case 'name-completed':
      return { fr: `Nom complété : ${text}`, en: `Name completed: ${text}` };
    case 'name-spelling':
      return { fr: `Orthographe différente : ${text} (source : ${source})`, en: `Different spelling: ${text} (source: ${source})` };
    case 'name-altered':
      return { fr: `Nom écrit autrement : ${text} (source : ${source})`, en: `Name written differently: ${text} (source: ${source})` };
    case 'number-added':
      return { fr: `Nombre ajouté en lettres : ${text}`, en: `Number added in words: ${text}` };
  }
}
