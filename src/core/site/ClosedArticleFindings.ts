// The findings of the checks between articles on the articles that are not open in an editor:
// VS Code shows an open article's findings from its own analysis, and the others' from what the
// site index keeps of them (SiteEntry: subject and places), so that a heading renamed in one
// article shows the broken link in another, open or not. Runs in the analysis worker; the editor
// publishes what it answers.
import { placedPositions } from '../analyzeForCheck';
import type { Finding } from '../checks/Check';
import { allChecks } from '../checks/registry';
import { runSiteChecks } from '../checks/runChecks';
import type { PlumeConfig, ResolvedSettings } from '../config/PlumeConfig';
import { resolveSettings } from '../config/resolveSettings';
import type { SiteIndex } from './SiteIndex';
import type { SiteEntry } from './SiteEntry';

/** A finding placed for an editor that does not hold the text: 1-based lines and columns. */
export type PlacedFinding = Pick<Finding, 'checkId' | 'severity' | 'message'> & { line: number; column: number; endLine: number; endColumn: number };

/** One article's findings between articles; none left when empty. */
export interface ArticleFindings {
  key: string;
  findings: PlacedFinding[];
}

/** The configuration layers of the closed articles of one folder (scopeOf), or null where none are shown. */
export interface ClosedScope {
  scope: string;
  layers: (PlumeConfig | undefined)[] | null;
}

export interface ClosedFindingsRequest {
  /** The documents an editor shows from their own analysis: not judged here. */
  open: string[];
  /** Articles whose findings the editor cleared (closed since): given again even when unchanged. */
  resend?: string[];
  /** The settings changed: every folder's layers are forgotten (the answer asks for them again) and every article's findings are given again. */
  reset?: boolean;
  /** The layers of the folders an earlier answer asked for (`unscoped`). */
  scopes?: ClosedScope[];
}

export interface ClosedFindingsAnswer {
  /** Articles whose findings changed since they were last given ([] = none left). */
  changed: ArticleFindings[];
  /** Whether articles remain to be judged: ask for them (ClosedArticleFindings.more). */
  more: boolean;
  /** One article of each folder whose layers are unknown: nothing was judged, ask again with their scopes. */
  unscoped: string[];
  /** How many articles this round has judged so far, and in how long (the editor's log). */
  judged: number;
  ms: number;
}

// One answer judges articles for this long at most, then gives the worker back to the editor's
// other requests (an open article's analysis waits behind it): 2,000 articles take ≈ 0.1 s here,
// and a check that compares each article with all the others (link-suggestion) ten times that.
const SLICE_MS = 25;
// …and holds this many articles at most: a message is read on the editor's thread in one go, and
// 10,000 articles' findings at once would hold it for tens of ms (≈ 0.4 KB an article).
const PAGE = 250;

/** The folder of a document key (its URI): closed articles take their folder's settings. */
export function scopeOf(key: string): string {
  return key.slice(0, key.lastIndexOf('/') + 1);
}

/**
 * Judges the closed articles of a site and remembers what it gave for each, so that each answer
 * holds only what changed. The editor says which documents are open (their own analysis shows
 * their findings), which it cleared (so they are given again), and the settings of each folder —
 * per folder rather than per file: `.plumerc.json` is found from the file's folder, and VS Code's
 * settings of a file are its workspace folder's, so a folder's files share their layers. A round
 * (`judge`, then `more` until it says no more) goes through the articles slice by slice.
 */
export class ClosedArticleFindings {
  /** What was given for each article with findings (as JSON). */
  private readonly sent = new Map<string, string>();
  private readonly scopes = new Map<string, ResolvedSettings | null>();
  private readonly settingsByLayers = new Map<string, ResolvedSettings>();
  /** Given again at the next round whatever they hold (kept until a round has judged them all). */
  private readonly resend = new Set<string>();
  private resendAll = false;
  /** The round under way: the articles to judge, and how far it went. */
  private round: { keys: string[]; next: number; open: Set<string>; judged: number; ms: number; deleted: ArticleFindings[] } | undefined;

  /**
   * Starts a round over every entry (by key) not open, and answers its first slice. `complete`:
   * the whole workspace has been read; until then nothing is judged, since half a site would
   * call most articles orphans.
   */
  judge(entries: ReadonlyMap<string, SiteEntry>, site: SiteIndex | undefined, complete: boolean, request: ClosedFindingsRequest): ClosedFindingsAnswer {
    const started = performance.now();
    this.round = undefined;
    if (request.reset) {
      this.scopes.clear();
      this.settingsByLayers.clear();
      this.resendAll = true;
    }
    for (const { scope, layers } of request.scopes ?? []) this.scopes.set(scope, layers ? this.settingsOf(layers) : null);
    for (const key of request.resend ?? []) this.resend.add(key);
    const open = new Set(request.open);
    const unscoped = new Map<string, string>();
    for (const key of entries.keys()) {
      const scope = scopeOf(key);
      if (!open.has(key) && !this.scopes.has(scope) && !unscoped.has(scope)) unscoped.set(scope, key);
    }
    if (!complete || unscoped.size > 0) return { changed: [], more: false, unscoped: [...unscoped.values()], judged: 0, ms: performance.now() - started };
    // Deleted articles: what was given for them goes.
    const deleted: ArticleFindings[] = [];
    for (const key of this.sent.keys()) {
      if (!entries.has(key) && !open.has(key)) {
        deleted.push({ key, findings: [] });
        this.sent.delete(key);
      }
    }
    this.round = { keys: [...entries.keys()], next: 0, open, judged: 0, ms: performance.now() - started, deleted };
    return this.more(entries, site);
  }

  /** The next slice of the round under way (none once it is over). */
  more(entries: ReadonlyMap<string, SiteEntry>, site: SiteIndex | undefined): ClosedFindingsAnswer {
    const round = this.round;
    if (!round) return { changed: [], more: false, unscoped: [], judged: 0, ms: 0 };
    const started = performance.now();
    const changed = round.deleted.splice(0, PAGE);
    while (round.next < round.keys.length && changed.length < PAGE && performance.now() - started < SLICE_MS) {
      const key = round.keys[round.next++]!;
      const entry = entries.get(key);
      // Deleted since the round began: the next round clears what it had.
      if (!entry) continue;
      // An open document's findings are its analysis's; given again once it is closed.
      if (round.open.has(key)) {
        this.sent.delete(key);
        continue;
      }
      const settings = this.scopes.get(scopeOf(key));
      // A folder that came after the round began is judged by the next round, which asks its settings.
      if (settings === undefined) continue;
      const findings = settings ? this.findingsOf(entry, site, settings) : [];
      if (settings) round.judged++;
      const now = findings.length > 0 ? JSON.stringify(findings) : undefined;
      const before = this.sent.get(key);
      if (now !== before || (now !== undefined && (this.resendAll || this.resend.has(key)))) changed.push({ key, findings });
      if (now === undefined) this.sent.delete(key);
      else this.sent.set(key, now);
    }
    round.ms += performance.now() - started;
    const more = round.next < round.keys.length || round.deleted.length > 0;
    if (!more) {
      this.round = undefined;
      this.resendAll = false;
      this.resend.clear();
    }
    return { changed, more, unscoped: [], judged: round.judged, ms: round.ms };
  }
  private findingsOf(entry: SiteEntry, site: SiteIndex | undefined, settings: ResolvedSettings): PlacedFinding[] {
    const { findings } = runSiteChecks(entry.subject, site, allChecks, settings);
    const positions = placedPositions(entry.places, findings);
    return findings.map(({ checkId, severity, message }, index) => ({ checkId, severity, message, ...positions[index]! }));
  }

  /** Folders mostly share their layers (the same settings, the same `.plumerc.json`): resolved once. */
  private settingsOf(layers: (PlumeConfig | undefined)[]): ResolvedSettings {
    const key = JSON.stringify(layers);
    let settings = this.settingsByLayers.get(key);
    if (!settings) {
      settings = resolveSettings(allChecks, layers);
      this.settingsByLayers.set(key, settings);
    }
    return settings;
  }
}
