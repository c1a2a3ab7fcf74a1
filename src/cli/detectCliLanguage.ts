import type { Language } from '../core/checks/Check';

/** French unless the environment's locale is English (LC_ALL, then LC_MESSAGES, then LANG). */
export function detectCliLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'fr';
}
