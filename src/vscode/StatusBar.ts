import * as vscode from 'vscode';
import { say, sayCount, sayNumber } from './say';
import type { DiagnosticsController } from './diagnostics/DiagnosticsController';

/** `$(pencil) 706 mots · 3` for the active Markdown editor; a click opens the Problems panel. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('plume.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Plume';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidAnalyze((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      diagnostics.onDidClear(() => this.update()),
    ];
    this.update();
  }

  /** What the item shows now (undefined when hidden): read by the integration tests. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const result = document && this.diagnostics.isTarget(document) ? this.diagnostics.resultFor(document) : undefined;
    if (!result) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const { stats, findings } = result.analysis;
    const n = sayNumber;
    // Hints (each long sentence) are not problems to count: the number matches errors + warnings + infos.
    const problems = findings.filter((finding) => finding.severity !== 'hint').length;
    this.item.text = `$(pencil) ${sayCount(stats.words, '{0} word', '{0} words')} · ${n(problems)}`;
    const ease = stats.readingEase === null ? '–' : n(stats.readingEase);
    const share = (value: number | null) => (value === null ? '–' : `${n(value)} %`);
    // Reading times are told in whole minutes, rounded up, as reading-time labels are.
    const minutes = Math.max(1, Math.ceil(stats.readingMinutes));
    const levels = ([1, 2, 3] as const).map((level) => `H${level} ${n(stats.headings[level])}`).join(' · ');
    const tooltip = new vscode.MarkdownString([
      `**Plume**`,
      '',
      `${say('Words')}: ${n(stats.words)}  `,
      `${say('Sentences')}: ${n(stats.sentences)}  `,
      `${say('Reading time')}: ${sayCount(minutes, '{0} minute', '{0} minutes')}  `,
      `${say('Reading ease (Kandel–Moles)')}: ${ease}  `,
      `${say('Sentences with a transition word')}: ${share(stats.transitionShare)}  `,
      `${say('Sentences in the passive voice')}: ${share(stats.passiveShare)}  `,
      `${say('Headings')}: ${levels}  `,
      `${say('Findings')}: ${n(problems)}`,
      '',
      say('Click to open the Problems panel.'),
    ].join('\n'));
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: `${sayCount(stats.words, '{0} word', '{0} words')}, ${sayCount(problems, '{0} finding', '{0} findings')}` };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.item.dispose();
  }
}
