import type { Localized } from '../checks/Check';
import { formatNumber } from '../checks/formatNumber';
import type { FailureKind, ModelErrorDetails } from './ChatModel';

export interface FailureDetails extends ModelErrorDetails {
  sourceTokens?: number;
  limitTokens?: number;
}

/** Where the writer reads the message: each names its own way of changing things. */
export type Surface = 'cli' | 'editor';

// In the terminal, flags and environment variables; in VS Code, settings and the button beside
// the message (the palette's command names follow VS Code's display language, the message Plume's).
const NAMES: Record<Surface, { key: Localized; baseUrl: string; timeout: string; model: Localized }> = {
  cli: {
    key: { fr: 'OPENAI_API_KEY', en: 'OPENAI_API_KEY' },
    baseUrl: '--base-url, OPENAI_BASE_URL',
    timeout: '--timeout',
    model: { fr: '--model ou PLUME_MODEL', en: '--model or PLUME_MODEL' },
  },
  editor: {
    key: { fr: 'bouton « Définir la clé API » ci-dessous', en: '“Set API Key” button below' },
    baseUrl: 'plume.openai.baseUrl',
    timeout: 'plume.openai.timeoutSeconds',
    model: { fr: 'bouton « Choisir un modèle » ou plume.openai.model', en: '“Select Model” button or plume.openai.model' },
  },
};

/** What the writer can do about a failure; the VS Code side turns it into a button. */
export type FailureAction = 'set-api-key' | 'open-settings' | 'retry' | 'select-model' | 'use-endpoint' | 'none';

export interface FailureDescription {
  message: Localized;
  action: FailureAction;
}

/** One clear sentence per failure, in French and English, saying what happened and what to do. */
export function describeFailure(kind: FailureKind, details: FailureDetails = {}, surface: Surface = 'editor'): FailureDescription {
  const names = NAMES[surface];
  const endpoint = details.endpoint ?? '';
  const model = details.model ?? '';
  // VS Code's language models have no HTTP status, base URL or key: their own sentences.
  if (details.provider === 'vscode') {
    const described = describeVscodeFailure(kind, details);
    if (described) return described;
  }
  switch (kind) {
    case 'unauthorized':
      return {
        action: 'set-api-key',
        message: {
          fr: `Clé d’API refusée par ${endpoint || 'le service'} (${details.status ?? 401}). Vérifiez la clé (${names.key.fr}) et ses droits sur le modèle ${model}.`,
          en: `API key rejected by ${endpoint || 'the service'} (${details.status ?? 401}). Check the key (${names.key.en}) and its access to the model ${model}.`,
        },
      };
    case 'rate-limited': {
      const wait = details.retryAfterSeconds;
      return {
        action: 'retry',
        message: {
          fr: `Trop de requêtes : ${endpoint || 'le service'} limite le débit (429)${wait ? ` ; réessayez dans ${wait} s` : ' ; réessayez dans un instant'}, ou vérifiez le quota de votre compte.`,
          en: `Too many requests: ${endpoint || 'the service'} is rate-limiting (429)${wait ? `; retry in ${wait} s` : '; retry in a moment'}, or check your account's quota.`,
        },
      };
    }
    case 'unreachable':
      return {
        action: 'open-settings',
        message: {
          fr: `Impossible de joindre ${endpoint || 'le service'} : vérifiez l’URL de base (${names.baseUrl}) et la connexion réseau.`,
          en: `Cannot reach ${endpoint || 'the service'}: check the base URL (${names.baseUrl}) and the network connection.`,
        },
      };
    case 'timeout': {
      const limit = details.limitSeconds;
      return {
        action: 'retry',
        message: {
          fr: `${endpoint || 'Le service'} n’a pas répondu à temps${limit ? ` (délai de ${limit} s pour l’appel entier, nouvelles tentatives comprises)` : ''} : rien n’a été écrit. Réessayez, ou augmentez le délai (${names.timeout}).`,
          en: `${endpoint || 'The service'} did not answer in time${limit ? ` (${limit} s for the whole call, retries included)` : ''}: nothing was written. Retry, or raise the timeout (${names.timeout}).`,
        },
      };
    }
    case 'server-error':
      return {
        action: 'retry',
        message: {
          fr: `Erreur du service (${details.status ?? 500}) chez ${endpoint || 'le fournisseur'} : rien n’a été modifié ; réessayez plus tard.`,
          en: `Service error (${details.status ?? 500}) at ${endpoint || 'the provider'}: nothing was changed; retry later.`,
        },
      };
    case 'model-not-found':
      return {
        action: 'select-model',
        message: {
          fr: `Le modèle « ${model} » n’existe pas chez ${endpoint || 'ce service'} : choisissez-en un autre (${names.model.fr}).`,
          en: `The model “${model}” does not exist at ${endpoint || 'this service'}: choose another one (${names.model.en}).`,
        },
      };
    case 'context-too-long':
      return {
        action: 'none',
        message: {
          fr: `Texte trop long pour le modèle : environ ${details.sourceTokens ?? '?'} jetons pour une limite de ${details.limitTokens ?? '?'}. Réécrivez une sélection plus courte ou choisissez un modèle à plus grand contexte.`,
          en: `Text too long for the model: about ${details.sourceTokens ?? '?'} tokens for a limit of ${details.limitTokens ?? '?'}. Rewrite a shorter selection or choose a model with a larger context.`,
        },
      };
    case 'cancelled':
      return { action: 'none', message: { fr: 'Réécriture annulée : rien n’a été modifié.', en: 'Rewrite cancelled: nothing was changed.' } };
    case 'invalid-output':
      return { action: 'retry', message: describeInvalidOutput(details) };
    case 'consent-refused':
    case 'blocked':
    case 'no-models':
      // Only VS Code's route meets these; said the same way whatever the details.
      return describeVscodeFailure(kind, details) ?? { action: 'none', message: { fr: kind, en: kind } };
    case 'redirect-refused':
      return {
        action: 'open-settings',
        message: {
          fr: `${endpoint || 'Le service'} renvoie la requête vers ${details.redirectTo ?? 'un autre serveur'} : Plume ne suit pas une redirection vers un autre serveur (votre article y partirait). Rien n’a été envoyé là-bas. Si ce serveur est le bon, indiquez-le directement (${names.baseUrl}).`,
          en: `${endpoint || 'The service'} redirects the request to ${details.redirectTo ?? 'another server'}: Plume does not follow a redirect to another server (your article would go there). Nothing was sent there. If that server is the right one, set it directly (${names.baseUrl}).`,
        },
      };
  }
}

/**
 * The failures of VS Code's language models (`plume.provider` = `vscode`), where the endpoint is
 * VS Code and the vendor's extension (GitHub Copilot…): no key to set, no base URL to check.
 * Undefined: the kind reads the same on both routes (timeout, context too long, cancelled…).
 */
function describeVscodeFailure(kind: FailureKind, details: FailureDetails): FailureDescription | undefined {
  const model = details.model ?? '';
  const vendor = details.endpoint || 'VS Code';
  switch (kind) {
    case 'no-models':
      return {
        action: 'use-endpoint',
        message: {
          fr: 'Aucun modèle de langage n’est disponible dans VS Code. Installez l’extension GitHub Copilot Chat et connectez-vous à GitHub (l’offre gratuite Copilot Free suffit), puis relancez la réécriture ; ou utilisez un point d’accès compatible OpenAI avec une clé d’API.',
          en: 'No language model is available in VS Code. Install the GitHub Copilot Chat extension and sign in to GitHub (the free Copilot Free plan is enough), then rewrite again; or use an OpenAI-compatible endpoint with an API key.',
        },
      };
    case 'consent-refused':
      return {
        action: 'retry',
        message: {
          fr: `Plume n’a pas l’autorisation d’utiliser le modèle ${model} de ${vendor} : l’accès a été refusé ou retiré. Réessayez et choisissez « Autoriser » dans la fenêtre de VS Code (l’accès se gère aussi dans le menu Comptes, « Gérer l’accès aux modèles de langage »). Rien n’a été envoyé.`,
          en: `Plume is not allowed to use the model ${model} of ${vendor}: access was declined or revoked. Retry and choose “Allow” in VS Code’s dialog (access is also managed in the Accounts menu, “Manage Language Model Access”). Nothing was sent.`,
        },
      };
    case 'blocked':
      return {
        action: 'select-model',
        message: {
          fr: `${vendor} refuse la requête pour le modèle ${model} : quota épuisé ou accès bloqué (abonnement, règles de votre organisation). Choisissez un autre modèle, ou réessayez plus tard.`,
          en: `${vendor} refuses the request for the model ${model}: quota used up or access blocked (plan, your organisation’s policy). Choose another model, or retry later.`,
        },
      };
    case 'rate-limited':
      return {
        action: 'retry',
        message: {
          fr: `Trop de requêtes : ${vendor} limite le débit pour le modèle ${model} ; réessayez dans un instant, ou vérifiez le quota de votre abonnement.`,
          en: `Too many requests: ${vendor} is rate-limiting the model ${model}; retry in a moment, or check your plan’s quota.`,
        },
      };
    case 'model-not-found':
      return {
        action: 'select-model',
        message: {
          fr: `Le modèle « ${model} » n’est plus proposé par VS Code (extension désinstallée, désactivée ou déconnectée) : choisissez-en un autre (bouton « Choisir un modèle »).`,
          en: `The model “${model}” is no longer offered by VS Code (extension uninstalled, disabled or signed out): choose another one (“Select Model” button).`,
        },
      };
    case 'unauthorized':
    case 'unreachable':
    case 'server-error':
      return {
        action: 'retry',
        message: {
          fr: `Le modèle ${model} de ${vendor} a échoué : rien n’a été modifié. Vérifiez que vous êtes connecté (menu Comptes) et la connexion réseau, puis réessayez.`,
          en: `The model ${model} of ${vendor} failed: nothing was changed. Check that you are signed in (Accounts menu) and the network connection, then retry.`,
        },
      };
    default:
      return undefined;
  }
}

/** One sentence per way an answer can be unusable; the text received is always kept. */
function describeInvalidOutput(details: FailureDetails): { fr: string; en: string } {
  switch (details.reason) {
    case 'length':
      return {
        fr: 'La réponse du modèle a atteint sa longueur maximale avant la fin de l’article : le texte reçu est conservé mais incomplet ; réessayez ou choisissez un modèle qui écrit plus long.',
        en: 'The model’s answer hit its maximum length before the end of the article: the text received is kept but incomplete; retry or choose a model that writes longer.',
      };
    case 'too-long':
      return {
        fr: `La réponse du modèle dépasse ${details.limitCharacters ? `${formatNumber(details.limitCharacters, 'fr')} caractères, ` : ''}plusieurs fois la longueur attendue : elle a été arrêtée ; le texte reçu est conservé mais n’est pas fiable.`,
        en: `The model’s answer exceeds ${details.limitCharacters ? `${formatNumber(details.limitCharacters, 'en')} characters, ` : ''}several times the expected length: it was stopped; the text received is kept but is not reliable.`,
      };
    case 'malformed':
      return {
        fr: 'Le service a envoyé une réponse illisible (données mal formées au milieu du flux) : le texte reçu jusque-là est conservé mais incomplet ; réessayez.',
        en: 'The service sent an unreadable answer (malformed data in the stream): the text received until then is kept but incomplete; retry.',
      };
    default:
      return {
        fr: 'La réponse du modèle est vide ou incomplète (flux interrompu) : le texte reçu est conservé mais n’est pas fiable ; réessayez.',
        en: 'The model’s answer is empty or incomplete (stream cut): the text received is kept but is not reliable; retry.',
      };
  }
}
