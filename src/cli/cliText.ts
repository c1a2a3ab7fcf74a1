import type { Language, Localized } from '../core/checks/Check';

const describe = (error: unknown): string =>
  error instanceof Error ? ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ENOENT' : error.message) : String(error);

const frCheck = `plume check <fichiers, dossiers ou globs...> [options]
  Analyse des articles Markdown en français (SEO, lisibilité). Code de sortie 1 dès qu’un constat
  atteint --fail-on : sur un article à retravailler, c’est attendu.
    --keyphrase K                expression clé (sinon celle du front matter : keyphrase, focus_keyphrase…)
    --min-words N                nombre de mots minimal (700 par défaut, ou .plumerc.json)
    --severity error|warning|info|hint
                                 n’affiche que les constats de ce niveau ou plus (tous par défaut)
    --fail-on error|warning|info|hint
                                 code de sortie 1 si un constat atteint ce niveau (error par défaut)
    --hints                      une ligne par phrase longue (sinon une ligne par fichier qui les regroupe)
    -q, --quiet                  n’affiche que les constats, rien pour un fichier sans constat
    --format text|json|sarif     format de sortie (text par défaut ; sarif : SARIF 2.1.0 pour le code scanning de GitHub)
    --cache                      ne réanalyse que ce qui a changé depuis la dernière fois (.plumecache.json)
    --cache-location F           le fichier du cache (implique --cache)
    --lang fr|en                 langue des messages (sinon celle du .plumerc.json, sinon celle du système, français par défaut)`;

const frRewrite = `plume rewrite <fichier> [options]
  Réécrit l’article en article SEO français vérifié, avec un modèle compatible OpenAI.
    --out <fichier>              écrit la proposition dans ce fichier (sinon sur la sortie standard)
    --lines A-B                  ne réécrit que les lignes A à B (le fichier entier est produit)
    --keyphrase K  --min-words N  --instructions T
    --max-repairs N              relances pour corriger ce qui n’est pas tenu (2 par défaut)
    --timeout S                  délai d’un appel au modèle, réponse entière et nouvelles tentatives comprises (300)
    --model M                    modèle (ou PLUME_MODEL ; gpt-4o-mini par défaut)
    --base-url U                 point d’accès (ou OPENAI_BASE_URL) ; clé : OPENAI_API_KEY
    --ignore-fact T              écarte ce fait de la vérification (répétable), p. ex. un mot déformé de la source
    --format text|json           format du rapport, écrit sur la sortie d’erreur
    --lang fr|en                 langue des messages`;

const frVerify = `plume verify <source> <réponse> [options]
  Vérifie une réécriture faite ailleurs (réponse d’un chat collée telle quelle : bloc de code, préambule
  et étiquettes « Méta-description : » sont lus comme par rewrite).
    --keyphrase K  --min-words N  --selection  --ignore-fact T  --format text|json  --lang fr|en`;

const frReport = `plume report <fichier> [options]
  Écrit le rapport SEO de l’article en une page HTML autonome (sans script ni ressource externe) :
  champs SEO, aperçu dans Google, feux et scores SEO et lisibilité, chiffres et plan.
    --out <fichier>              écrit la page dans ce fichier (sinon sur la sortie standard)
    --keyphrase K                expression clé (sinon celle du front matter)
    --lang fr|en                 langue du rapport et des messages`;

const frFix = `plume fix <fichiers, dossiers ou motifs> [options]
  Corrige la typographie française du texte (espaces insécables, apostrophes, points de suspension),
  sans toucher au code, aux adresses, au HTML ni au front matter, et sans changer un mot.
    --write                      écrit les fichiers corrigés (sinon : les différences sur la sortie standard)
    --lang fr|en                 langue des messages`;

const fr = {
  usage: `Usage : plume <commande> [options]       plume <commande> --help       plume --version

${frCheck}

${frRewrite}

${frVerify}

${frReport}

${frFix}

Configuration : .plumerc.json, cherché depuis le dossier du fichier vers la racine.
Codes de sortie : check : 0 rien à signaler, 1 constats ; rewrite/verify : 0 contraintes respectées,
1 contraintes non respectées ; report : 0 rapport écrit ; fix : 0 rien à corriger ou fichiers écrits, 1 corrections à faire (sans --write) ; 2 erreur d’usage, de lecture ou du modèle ;
130 réécriture interrompue.`,
  commandUsage: { check: frCheck, rewrite: frRewrite, verify: frVerify, report: frReport, fix: frFix } as Record<string, string>,
  unknownOption: (option: string, command: string, suggestion?: string) =>
    `Option inconnue ${option} pour plume ${command}.${suggestion ? ` Vouliez-vous dire ${suggestion} ?` : ''} (plume ${command} --help)`,
  missingValue: (option: string) => `${option} attend une valeur (plume … ${option} <valeur>).`,
  version: (version: string) => `plume ${version}`,
  unknownCommandSuggestion: (name: string, suggestion?: string) => `Commande inconnue « ${name} ».${suggestion ? ` Vouliez-vous dire « ${suggestion} » ?` : ''}`,
  noFiles: 'Aucun fichier indiqué : plume check <fichiers ou globs...>',
  rewriteUsage: 'Indiquez un seul fichier : plume rewrite <fichier> [--out <fichier>]',
  verifyUsage: 'Indiquez deux fichiers : plume verify <source> <réponse>',
  reportUsage: 'Indiquez un seul fichier : plume report <fichier> [--out rapport.html]',
  fixed: (count: number, files: number) => `${count} correction${count > 1 ? 's' : ''} typographique${count > 1 ? 's' : ''} dans ${files} fichier${files > 1 ? 's' : ''}.`,
  fixedNothing: 'Rien à corriger.',
  reportOverwrites: (file: string) => `--out ne peut pas être l’article lui-même (${file}) : le rapport le remplacerait. Choisissez un autre fichier, par exemple rapport.html.`,
  reportWritten: (file: string) => `Rapport SEO écrit dans ${file}.`,
  badLines: (range: string, count: number) => `--lines attend A-B avec 1 ≤ A ≤ B ≤ ${count}, pas « ${range} ».`,
  badBaseUrl: (url: string, problem: 'invalid' | 'insecure') =>
    problem === 'insecure'
      ? `« ${url} » : http:// n’est accepté que pour localhost ou 127.0.0.1 (la clé d’API circulerait en clair) ; utilisez https://.`
      : `« ${url} » n’est pas une URL valide (exemple : https://api.openai.com/v1).`,
  progress: (phase: string, attempt: number, words: number) =>
    `${phase === 'repairing' ? 'Correction' : 'Écriture'} (appel ${attempt}) : ${words} mots…`,
  unwritable: (file: string, error: unknown) => `plume : impossible d’écrire ${file} (${describe(error)}).`,
  badTimeout: (value: string) => `--timeout attend un nombre de secondes d’au moins 1 (le délai de l’appel entier, nouvelles tentatives comprises), pas « ${value} ».`,
  cancelled: 'Réécriture annulée : rien n’a été écrit.',
  noApiKey: (origin: string) =>
    `aucune clé d’API pour ${origin} : définissez OPENAI_API_KEY (export OPENAI_API_KEY=sk-…), ou utilisez un modèle local, qui n’en demande pas — --base-url http://localhost:11434/v1 (Ollama) ou http://localhost:1234/v1 (LM Studio). Rien n’a été envoyé.`,
  tooLarge: (file: string, characters: number, limit: number) =>
    `plume : ${file} : ${characters.toLocaleString('fr-FR')} caractères ; Plume analyse des documents de ${limit.toLocaleString('fr-FR')} caractères au plus (≈ 200 000 mots). Découpez le fichier.`,
  unknownCommand: (name: string) => `Commande inconnue « ${name} ».`,
  badOption: (option: string, allowed: string) => `Valeur invalide pour ${option} ; valeurs possibles : ${allowed}.`,
  notANumber: (option: string, value: string) => `${option} attend un nombre entier positif, pas « ${value} ».`,
  noMatch: (pattern: string) => `plume : « ${pattern} » ne correspond à aucun fichier.`,
  unreadable: (file: string, error: unknown) =>
    describe(error) === 'ENOENT' ? `plume : ${file} : fichier introuvable.` : `plume : ${file} : lecture impossible (${describe(error)}).`,
  badConfig: (file: string, problems: Localized[]) => `plume : configuration invalide dans ${file} :\n${problems.map((p) => `  - ${p.fr}`).join('\n')}`,
  internalError: (file: string, check: string, error: unknown) =>
    `plume : erreur interne de la vérification ${check} sur ${file} (${describe(error)}) ; les autres vérifications ont tourné. Merci de la signaler.`,
};

const enCheck = `plume check <files, folders or globs...> [options]
  Analyses French Markdown articles (SEO, readability). Exit code 1 as soon as a finding reaches
  --fail-on: on an article that needs work, that is expected.
    --keyphrase K                focus keyphrase (else the front matter's: keyphrase, focus_keyphrase…)
    --min-words N                minimum word count (700 by default, or .plumerc.json)
    --severity error|warning|info|hint
                                 shows only findings of this level or above (all by default)
    --fail-on error|warning|info|hint
                                 exit code 1 when a finding reaches this level (error by default)
    --hints                      one line per long sentence (else one line per file gathering them)
    -q, --quiet                  prints findings only, nothing for a file without any
    --format text|json|sarif     output format (text by default; sarif: SARIF 2.1.0 for GitHub code scanning)
    --cache                      analyse again only what changed since last time (.plumecache.json)
    --cache-location F           the cache file (implies --cache)
    --lang fr|en                 language of messages (else .plumerc.json's, else the system's, French by default)`;

const enRewrite = `plume rewrite <file> [options]
  Rewrites the article as verified French SEO copy, with an OpenAI-compatible model.
    --out <file>                 writes the proposal to this file (else to standard output)
    --lines A-B                  rewrites only lines A to B (the whole file is produced)
    --keyphrase K  --min-words N  --instructions T
    --max-repairs N              follow-ups to repair what is unmet (2 by default)
    --timeout S                  deadline of one model call, whole answer and retries included (300)
    --model M                    model (or PLUME_MODEL; gpt-4o-mini by default)
    --base-url U                 endpoint (or OPENAI_BASE_URL); key: OPENAI_API_KEY
    --ignore-fact T              leaves this fact out of the verification (repeatable), e.g. a garbled word of the source
    --format text|json           format of the report, written to standard error
    --lang fr|en                 language of messages`;

const enVerify = `plume verify <source> <answer> [options]
  Checks a rewrite made elsewhere (a chat answer pasted as it is: code fence, preamble and
  « Meta description: » labels are read as rewrite reads them).
    --keyphrase K  --min-words N  --selection  --ignore-fact T  --format text|json  --lang fr|en`;

const enReport = `plume report <file> [options]
  Writes the article's SEO report as one self-contained HTML page (no script, nothing fetched):
  SEO fields, Google preview, SEO and readability lights and scores, figures and outline.
    --out <file>                 writes the page to this file (else to standard output)
    --keyphrase K                focus keyphrase (else the front matter's)
    --lang fr|en                 language of the report and of messages`;

const enFix = `plume fix <files, folders or globs> [options]
  Fixes the French typography of the text (no-break spaces, apostrophes, ellipses), never touching
  code, addresses, HTML or the front matter, and never changing a word.
    --write                      writes the fixed files (else: the differences on standard output)
    --lang fr|en                 language of messages`;

const en: typeof fr = {
  usage: `Usage: plume <command> [options]       plume <command> --help       plume --version

${enCheck}

${enRewrite}

${enVerify}

${enReport}

${enFix}

Configuration: .plumerc.json, searched from the file's folder up to the root.
Exit codes: check: 0 nothing to report, 1 findings; rewrite/verify: 0 constraints met,
1 constraints unmet; report: 0 report written; fix: 0 nothing to fix or files written, 1 fixes to make (without --write); 2 usage, read or model error; 130 rewrite interrupted.`,
  commandUsage: { check: enCheck, rewrite: enRewrite, verify: enVerify, report: enReport, fix: enFix },
  unknownOption: (option, command, suggestion) => `Unknown option ${option} for plume ${command}.${suggestion ? ` Did you mean ${suggestion}?` : ''} (plume ${command} --help)`,
  missingValue: (option) => `${option} expects a value (plume … ${option} <value>).`,
  version: (version) => `plume ${version}`,
  unknownCommandSuggestion: (name, suggestion) => `Unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
  noFiles: 'No file given: plume check <files or globs...>',
  rewriteUsage: 'Give exactly one file: plume rewrite <file> [--out <file>]',
  verifyUsage: 'Give two files: plume verify <source> <answer>',
  reportUsage: 'Give exactly one file: plume report <file> [--out report.html]',
  fixed: (count: number, files: number) => `${count} typography fix${count > 1 ? 'es' : ''} in ${files} file${files > 1 ? 's' : ''}.`,
  fixedNothing: 'Nothing to fix.',
  reportOverwrites: (file) => `--out cannot be the article itself (${file}): the report would replace it. Choose another file, such as report.html.`,
  reportWritten: (file) => `SEO report written to ${file}.`,
  badLines: (range, count) => `--lines expects A-B with 1 ≤ A ≤ B ≤ ${count}, not "${range}".`,
  badBaseUrl: (url, problem) =>
    problem === 'insecure'
      ? `"${url}": http:// is only accepted for localhost or 127.0.0.1 (the API key would travel in clear); use https://.`
      : `"${url}" is not a valid URL (example: https://api.openai.com/v1).`,
  progress: (phase, attempt, words) => `${phase === 'repairing' ? 'Repairing' : 'Writing'} (call ${attempt}): ${words} words…`,
  unwritable: (file, error) => `plume: cannot write ${file} (${describe(error)}).`,
  badTimeout: (value) => `--timeout expects a number of seconds of at least 1 (the deadline of the whole call, retries included), not "${value}".`,
  cancelled: 'Rewrite cancelled: nothing was written.',
  noApiKey: (origin) =>
    `no API key for ${origin}: set OPENAI_API_KEY (export OPENAI_API_KEY=sk-…), or use a local model, which needs none — --base-url http://localhost:11434/v1 (Ollama) or http://localhost:1234/v1 (LM Studio). Nothing was sent.`,
  tooLarge: (file, characters, limit) =>
    `plume: ${file}: ${characters.toLocaleString('en-US')} characters; Plume analyses documents of at most ${limit.toLocaleString('en-US')} characters (≈ 200,000 words). Split the file.`,
  unknownCommand: (name) => `Unknown command "${name}".`,
  badOption: (option, allowed) => `Invalid value for ${option}; allowed: ${allowed}.`,
  notANumber: (option, value) => `${option} expects a positive whole number, not "${value}".`,
  noMatch: (pattern) => `plume: "${pattern}" matches no file.`,
  unreadable: (file, error) => (describe(error) === 'ENOENT' ? `plume: ${file}: file not found.` : `plume: ${file}: cannot read (${describe(error)}).`),
  badConfig: (file, problems) => `plume: invalid configuration in ${file}:\n${problems.map((p) => `  - ${p.en}`).join('\n')}`,
  internalError: (file, check, error) =>
    `plume: internal error in check ${check} on ${file} (${describe(error)}); the other checks ran. Please report it.`,
};

export function cliText(language: Language): typeof fr {
  return language === 'fr' ? fr : en;
}
