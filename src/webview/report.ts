// The SEO report's webview: it renders the model the extension sends (src/core/report) and posts
// back what the writer does. It keeps the writer's place across updates: the open sections, the
// scroll, and a field being typed in is never overwritten.
import type { Language } from '../core/checks/Check';
import type { ReportFieldName } from '../core/report/reportFieldEdit';
import { renderReportAnalysis, renderReportFields } from '../core/report/renderReport';
import type { ReportMessage, ReportUpdate } from './reportMessages';

interface VsCodeApi {
  postMessage(message: ReportMessage): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
interface SavedState {
  closed: string[];
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('report') as HTMLElement;
const fieldsRoot = document.createElement('div');
const analysisRoot = document.createElement('div');
const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');

// Sections the writer closed stay closed, across updates and when the view is hidden and shown.
const closed = new Set(vscode.getState()?.closed ?? []);
let current: ReportUpdate | undefined;
let fieldsKey = '';
const post = (message: ReportMessage) => vscode.postMessage(message);

function render(update: ReportUpdate): void {
  current = update;
  const options = { language: update.language, interactive: true, icons: 'codicons' as const };
  if (root.firstChild !== fieldsRoot) root.replaceChildren(fieldsRoot, analysisRoot, status);
  document.documentElement.lang = update.language;
  // The fields are rendered once per document and language, then updated in place: a control
  // the writer is typing in, or whose typed value is not written yet, keeps its value.
  const key = `${update.uri}\u0000${update.language}`;
  const html = renderReportFields(update.model, options);
  if (key !== fieldsKey || !fieldsRoot.querySelector('.field')) {
    fieldsRoot.innerHTML = html;
    fieldsKey = key;
    pending.clear();
  } else {
    updateFields(html, update);
  }
  const scroll = window.scrollY;
  analysisRoot.innerHTML = renderReportAnalysis(update.model, options);
  for (const details of analysisRoot.querySelectorAll<HTMLDetailsElement>('details[data-section]')) {
    if (closed.has(details.dataset.section ?? '')) details.open = false;
  }
  window.scrollTo(0, scroll);
  status.textContent = update.model.sections.map((section) => `${section.title[update.language]} ${section.score ?? '–'}/100`).join(', ');
}

/** Typed values not yet written to the front matter, by field. */
const pending = new Map<string, string>();

function updateFields(html: string, update: ReportUpdate): void {
  const next = document.createElement('div');
  next.innerHTML = html;
  for (const fresh of next.querySelectorAll<HTMLElement>('.field[data-name]')) {
    const name = fresh.dataset.name ?? '';
    const live = fieldsRoot.querySelector<HTMLElement>(`.field[data-name="${name}"]`);
    if (!live) continue;
    for (const part of ['label', '.field-info']) {
      const from = fresh.querySelector(part);
      const to = live.querySelector(part);
      if (from && to && to.innerHTML !== from.innerHTML) to.innerHTML = from.innerHTML;
    }
    const control = live.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-field]');
    const value = update.model.fields[name as ReportFieldName]?.value ?? '';
    if (pending.has(name) && sameText(pending.get(name) ?? '', value)) pending.delete(name);
    if (control && control !== document.activeElement && !pending.has(name) && control.value !== value) control.value = value;
  }
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function renderEmpty(language: Language, text: string): void {
  current = undefined;
  fieldsKey = '';
  pending.clear();
  document.documentElement.lang = language;
  const note = document.createElement('p');
  note.className = 'note empty';
  note.textContent = text;
  root.replaceChildren(note);
}

window.addEventListener('message', (event: MessageEvent<ReportUpdate | { type: 'empty'; language: Language; text: string }>) => {
  const message = event.data;
  if (message.type === 'update') render(message);
  else if (message.type === 'empty') renderEmpty(message.language, message.text);
});

root.addEventListener('toggle', (event) => {
  const details = event.target as HTMLDetailsElement;
  const section = details.dataset?.section;
  if (!section) return;
  if (details.open) closed.delete(section);
  else closed.add(section);
  vscode.setState({ closed: [...closed] });
}, true);

root.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest('button');
  if (!button || !current) return;
  const { uri, analysisId } = current;
  const start = Number(button.dataset.start);
  const end = Number(button.dataset.end);
  if (button.classList.contains('reveal')) post({ type: 'reveal', uri, start, end });
  else if (button.classList.contains('fix')) post({ type: 'fix', uri, analysisId, finding: Number(button.dataset.finding) });
  else if (button.classList.contains('fix-ai')) post({ type: 'fixWithAi', uri, checkId: button.dataset.check ?? '', start, end });
  else if (button.classList.contains('docs')) post({ type: 'docs', checkId: button.closest<HTMLElement>('[data-check]')?.dataset.check ?? '' });
  else if (button.dataset.action === 'rewrite') post({ type: 'rewrite', uri });
});

// Typing writes the front matter after a pause, as one edit per pause (each undoable).
const TYPING_PAUSE_MS = 400;
const timers = new Map<string, ReturnType<typeof setTimeout>>();
root.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement | HTMLTextAreaElement;
  const field = input.dataset?.field as ReportFieldName | undefined;
  if (!field || !current) return;
  const uri = current.uri;
  pending.set(field, input.value);
  clearTimeout(timers.get(field));
  timers.set(field, setTimeout(() => post({ type: 'setField', uri, field, value: input.value }), TYPING_PAUSE_MS));
});
post({ type: 'ready' });

