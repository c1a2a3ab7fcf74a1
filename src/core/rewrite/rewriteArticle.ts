import { ArticleDocument } from '../markdown/ArticleDocument';
import { buildPrompt } from './buildPrompt';
import { buildRepairPrompt } from './buildRepairPrompt';
import { buildRewriteReport } from './buildRewriteReport';
import type { ChatMessage, ChatModel } from './ChatModel';
import { ModelError } from './ChatModel';
import { cleanAnswer } from './cleanAnswer';
import { readAnswer } from './readAnswer';
import { describeFailure } from './describeFailure';
import type { FailureDetails, Surface } from './describeFailure';
import { estimateTokens } from './estimateTokens';
import { extractFacts } from './facts/extractFacts';
import type { RewriteProgress, RewriteReport, RewriteRequest, RewriteResult } from './RewriteRequest';
import { splitForContext } from './splitForContext';
import { streamAnswer } from './streamAnswer';
import { resolveConfig } from '../config/resolveConfig';
import { fixTypography } from '../typography/fixTypography';
import { validateProposal } from './validateProposal';
import type { Validation, ValidationInput } from './validateProposal';

export interface RewriteOptions {
  signal?: AbortSignal;
  onProgress?: (progress: RewriteProgress) => void;
  /** Injected clock for tests. */
  now?: () => number;
  /** Where failures are read: messages name CLI flags or VS Code settings. Default: the editor. */
  surface?: Surface;
}

const DEFAULTS = { maxRepairs: 2, sectionThresholdTokens: 8_000, contextLimitTokens: 24_000 };

// An answer is stopped past five times its expected length at ~7 characters a French word
// (spaces and Markdown included), with a floor for short sources: 700 words → 50,000 characters,
// a 3,000-word article → 105,000. A model that keeps writing (or a server that never stops) ends
// there, its text kept as an incomplete answer.
const CHARACTERS_PER_WORD = 7;
const LENGTH_MARGIN = 5;
const MIN_ANSWER_LIMIT = 50_000;

/** The most characters an answer of `expectedWords` words may have. */
export function answerLimit(expectedWords: number): number {
  return Math.max(MIN_ANSWER_LIMIT, LENGTH_MARGIN * CHARACTERS_PER_WORD * expectedWords);
}

/** What a request asks of its proposal, defaults filled in: the same for the rewrite and any later re-check. */
export function validationInputFor(request: RewriteRequest, source: ArticleDocument): ValidationInput {
  const layers = request.layers ?? [];
  const config = resolveConfig(layers);
  return {
    mode: request.mode,
    minWords: request.minWords ?? (request.mode === 'document' ? config.minWords : source.wordCount),
    headingLevel: request.mode === 'document' ? 2 : Math.min(6, Math.max(2, request.headingLevel ?? 2)),
    keyphrase: request.keyphrase ?? source.keyphrase?.text,
    ignoreFacts: request.ignoreFacts,
    layers,
    limits: config.limits,
  };
}

/**
 * The report of a proposal checked again — the writer dismissed a fact, or edited the text —
 * against the same request; the model's figures (calls, tokens, times) are the first report's.
 */
export function recheckProposal(request: RewriteRequest, proposal: string, previous: RewriteReport): RewriteReport {
  const source = new ArticleDocument(request.source);
  const started = Date.now();
  const validation = validateProposal(source, proposal, validationInputFor(request, source), { incomplete: previous.incomplete });
  return buildRewriteReport(request.mode, validation, {
    attempts: previous.attempts, model: previous.model, promptTokens: previous.promptTokens, completionTokens: previous.completionTokens,
    startedAt: started - previous.durations.totalMs, modelMs: previous.durations.modelMs, checkMs: Date.now() - started, now: Date.now(),
    incomplete: previous.incomplete, removed: previous.removed,
  });
}

/**
 * prompt → stream → clean → validate → repair (bounded) → proposal. Expected failures come
 * back as values; what is still unmet after the repairs is in the report, never hidden.
 */
export async function rewriteArticle(request: RewriteRequest, model: ChatModel, options: RewriteOptions = {}): Promise<RewriteResult> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const source = new ArticleDocument(request.source);
  const eol = request.source.includes('\r\n') ? '\r\n' : '\n';
  const input = validationInputFor(request, source);
  const sourceTokens = estimateTokens(request.source);
  const limitTokens = request.contextLimitTokens ?? DEFAULTS.contextLimitTokens;
  const parts = sourceTokens > (request.sectionThresholdTokens ?? DEFAULTS.sectionThresholdTokens)
    ? splitForContext(source, request.sectionThresholdTokens ?? DEFAULTS.sectionThresholdTokens)
    : [request.source];
  if (parts.some((part) => estimateTokens(part) > limitTokens)) {
    return failure('context-too-long', { sourceTokens, limitTokens, model: model.model }, undefined, options.surface);
  }
  const facts = extractFacts(source);
  const promptFor = (text: string, part?: { index: number; count: number; outline: string[] }): ChatMessage[] => {
    const partDoc = part ? new ArticleDocument(text) : source;
    return buildPrompt({
      mode: part && part.index > 0 ? 'selection' : input.mode,
      source: text,
      minWords: part ? Math.ceil((input.minWords * partDoc.wordCount) / Math.max(1, source.wordCount)) : input.minWords,
      keyphrase: input.keyphrase,
      instructions: request.instructions,
      headingLevel: part && part.index > 0 ? 2 : input.headingLevel,
      facts: part ? extractFacts(partDoc) : facts,
      links: [...new Set(partDoc.links.map((link) => link.url))],
      images: [...new Set(partDoc.images.map((image) => image.url))],
      codeBlocks: partDoc.code.filter((block) => block.kind !== 'inline').length,
      limits: input.limits,
      ...(part ? { part } : {}),
    });
  };

  const totals = { attempts: 0, promptTokens: 0, completionTokens: 0, modelMs: 0, checkMs: 0 };
  const maxCharacters = answerLimit(Math.max(input.minWords, source.wordCount));
  const call = async (messages: ChatMessage[], phase: RewriteProgress['phase']) => {
    totals.attempts++;
    const answer = await streamAnswer(model, messages, { signal: options.signal, attempt: totals.attempts, phase, onProgress: options.onProgress, maxCharacters });
    totals.modelMs += answer.modelMs;
    totals.promptTokens += answer.usage?.promptTokens ?? estimateTokens(messages.map((message) => message.content).join('\n'));
    totals.completionTokens += answer.usage?.completionTokens ?? estimateTokens(answer.text);
    return answer.text;
  };
  let removed: string[] = [];
  const check = (answer: string, incomplete = false): { proposal: string; validation: Validation } => {
    const started = now();
    const reading = readAnswer(answer, { source, mode: request.mode, eol, keyphrase: input.keyphrase });
    removed = reading.removed;
    // The proposal typographically clean before it is judged, so that an accepted rewrite raises
    // no typography finding: the fix-all with the writer's settings (a check turned off stays off;
    // each check skips a text that is not French).
    const proposal = fixTypography(reading.proposal, input.layers);
    const validation = validateProposal(source, proposal, input, { incomplete });
    totals.checkMs += now() - started;
    return { proposal, validation };
  };
  const report = (validation: Validation, incomplete?: boolean) =>
    buildRewriteReport(request.mode, validation, { ...totals, model: model.model, startedAt, now: now(), incomplete, removed });

  try {
    let best: { proposal: string; validation: Validation };
    let messages: ChatMessage[];
    if (parts.length > 1) {
      // Section by section: each part is rewritten on its own, then the whole is validated.
      const outline = source.headings.filter((heading) => heading.level <= 2).map((heading) => heading.text);
      const answers: string[] = [];
      for (const [index, part] of parts.entries()) answers.push(await call(promptFor(part, { index, count: parts.length, outline }), 'writing'));
      best = check(answers.map((answer, index) => (index === 0 ? answer : cleanAnswer(answer, eol).text)).join(`${eol}${eol}`));
      messages = [];
    } else {
      messages = promptFor(request.source);
      best = check(await call(messages, 'writing'));
    }
    const maxRepairs = parts.length > 1 ? 0 : (request.maxRepairs ?? DEFAULTS.maxRepairs);
    let last = best;
    for (let repair = 0; repair < maxRepairs && best.validation.unmet.length > 0; repair++) {
      const ask = buildRepairPrompt(last.validation, input);
      if (!ask) break;
      messages = [...messages, { role: 'assistant', content: last.proposal }, { role: 'user', content: ask }];
      options.onProgress?.({ attempt: totals.attempts + 1, characters: 0, words: 0, text: '', phase: 'repairing' });
      last = check(await call(messages, 'repairing'));
      // A repair can make things worse: keep the attempt with the fewest unmet constraints.
      if (last.validation.unmet.length <= best.validation.unmet.length) best = last;
    }
    if (best.validation.analysis.doc.wordCount === 0) return failure('invalid-output', { model: model.model }, best.proposal, options.surface);
    return { ok: true, proposal: best.proposal, report: report(best.validation) };
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    const partial = (error as ModelError & { partial?: string }).partial;
    if (error.kind === 'invalid-output' && partial?.trim()) {
      const { proposal, validation } = check(partial, true);
      return { ...failure('invalid-output', { ...error.details, model: error.details.model ?? model.model }, partial, options.surface), proposal, report: report(validation, true) };
    }
    return failure(error.kind, { ...error.details, model: error.details.model ?? model.model, ...(error.kind === 'context-too-long' ? { sourceTokens, limitTokens } : {}) }, partial, options.surface);
  }
}

function failure(kind: ModelError['kind'], details: FailureDetails, partial?: string, surface?: Surface): RewriteResult {
  const { message, action } = describeFailure(kind, details, surface);
  return { ok: false, failure: { kind, message, action, details, ...(partial ? { partial } : {}) } };
}
