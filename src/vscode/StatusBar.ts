import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics/DiagnosticsController';

/** `$(pencil) 706 mots · 3` for the active Markdown editor; a click opens the Problems panel. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('plume.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private readonly numbers = new Intl.NumberFormat(vscode.env.language);

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
    const n = (value: number) => this.numbers.format(value);
    // Hints (each long sentence) are not problems to count: the number matches errors + warnings + infos.
    const problems = findings.filter((finding) => finding.severity !== 'hint').length;
    this.item.text = `$(pencil) ${vscode.l10n.t('{0} words', n(stats.words))} · ${n(problems)}`;
    const ease = stats.readingEase === null ? '–' : new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 1 }).format(stats.readingEase);
    const levels = ([1, 2, 3] as const).map((level) => `H${level} ${n(stats.headings[level])}`).join(' · ');
    const tooltip = new vscode.MarkdownString([
      `**Plume**`,
      '',
      `${vscode.l10n.t('Words')}: ${n(stats.words)}  `,
      `${vscode.l10n.t('Sentences')}: ${n(stats.sentences)}  `,
      `${vscode.l10n.t('Reading ease (Kandel–Moles)')}: ${ease}  `,
      `${vscode.l10n.t('Headings')}: ${levels}  `,
      `${vscode.l10n.t('Findings')}: ${n(problems)}`,
      '',
      vscode.l10n.t('Click to open the Problems panel.'),
    ].join('\n'));
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('{0} words, {1} findings', n(stats.words), n(problems)) };
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.item.dispose();
  }
}
