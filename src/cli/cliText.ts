import type { Language } from '../core/checks/Check';

const describe = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ENOENT' : error.message) : String(error);

const fr = {
  usage: `Usage : plume <commande> [options]

Commandes :
  check <fichiers ou globs...>   analyse des articles Markdown en français (SEO, lisibilité)
    --format text|json           format de sortie (text par défaut)
    --min-words N                nombre de mots minimal (700 par défaut, ou .plumerc.json)
    --fail-on error|warning|info|hint
                                 code de sortie 1 si un constat atteint ce niveau (error par défaut)
    --lang fr|en                 langue des messages (français par défaut)

Configuration : .plumerc.json, cherché depuis le dossier du fichier vers la racine.
Codes de sortie : 0 rien à signaler, 1 constats, 2 erreur d’usage ou de lecture.`,
  noFiles: 'Aucun fichier indiqué : plume check <fichiers ou globs...>',
  unknownCommand: (name: string) => `Commande inconnue « ${name} ».`,
  badOption: (option: string, allowed: string) => `Valeur invalide pour ${option} ; valeurs possibles : ${allowed}.`,
  notANumber: (option: string, value: string) => `${option} attend un nombre entier positif, pas « ${value} ».`,
  noMatch: (pattern: string) => `plume : « ${pattern} » ne correspond à aucun fichier.`,
  unreadable: (file: string, error: unknown) =>
    describe(error) === 'ENOENT' ? `plume : ${file} : fichier introuvable.` : `plume : ${file} : lecture impossible (${describe(error)}).`,
  badConfig: (file: string, problems: string[]) => `plume : configuration invalide dans ${file} :\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  internalError: (file: string, check: string, error: unknown) =>
    `plume : erreur interne de la vérification ${check} sur ${file} (${describe(error)}) ; les autres vérifications ont tourné. Merci de la signaler.`,
};

const en: typeof fr = {
  usage: `Usage: plume <command> [options]

Commands:
  check <files or globs...>      analyse French Markdown articles (SEO, readability)
    --format text|json           output format (text by default)
    --min-words N                minimum word count (700 by default, or .plumerc.json)
    --fail-on error|warning|info|hint
                                 exit code 1 when a finding reaches this level (error by default)
    --lang fr|en                 language of messages (French by default)

Configuration: .plumerc.json, searched from the file's folder up to the root.
Exit codes: 0 nothing to report, 1 findings, 2 usage or read error.`,
  noFiles: 'No file given: plume check <files or globs...>',
  unknownCommand: (name) => `Unknown command "${name}".`,
  badOption: (option, allowed) => `Invalid value for ${option}; allowed: ${allowed}.`,
  notANumber: (option, value) => `${option} expects a positive whole number, not "${value}".`,
  noMatch: (pattern) => `plume: "${pattern}" matches no file.`,
  unreadable: (file, error) => (describe(error) === 'ENOENT' ? `plume: ${file}: file not found.` : `plume: ${file}: cannot read (${describe(error)}).`),
  badConfig: (file, problems) => `plume: invalid configuration in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  internalError: (file, check, error) =>
    `plume: internal error in check ${check} on ${file} (${describe(error)}); the other checks ran. Please report it.`,
};

export function cliText(language: Language): typeof fr {
  return language === 'fr' ? fr : en;
}
