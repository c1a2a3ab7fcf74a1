// The SEO report as HTML, from its model: the same markup in VS Code's webview (interactive, with
// VS Code's codicons and theme colours) and in the file `plume report` writes (static, with
// Unicode shapes and its own colours). Everything from the article is escaped; no inline script
// or style attribute, so the webview's Content-Security-Policy needs neither.
import type { Language, Localized } from '../checks/Check';
import { readerLength } from '../language/fr/readerText';
import type { Light, PreviewSegment, ReportField, ReportLine, ReportModel, ReportSection } from './ReportModel';

export interface RenderOptions {
  language: Language;
  /** Fields as inputs, lines as buttons, fix and rewrite buttons (the webview); else plain text (a file). */
  interactive: boolean;
  /** VS Code's codicons (the webview), or Unicode shapes that need no font (a file). */
  icons: 'codicons' | 'unicode';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/** Each light has its own shape and its own words, so that it reads without colour. */
const LIGHTS: Record<Light, { codicon: string; unicode: string; label: Localized }> = {
  good: { codicon: 'pass-filled', unicode: '●', label: { fr: 'bon', en: 'good' } },
  improve: { codicon: 'warning', unicode: '▲', label: { fr: 'à améliorer', en: 'to improve' } },
  problem: { codicon: 'error', unicode: '■', label: { fr: 'problème', en: 'problem' } },
};

const T = {
  fields: { fr: 'Champs SEO', en: 'SEO fields' },
  keyphrase: { fr: 'Expression clé principale', en: 'Focus keyphrase' },
  synonyms: { fr: 'Synonymes de l’expression clé', en: 'Keyphrase synonyms' },
  synonymsHint: { fr: 'séparés par des virgules', en: 'separated by commas' },
  teamSynonyms: { fr: 'Synonymes de l’équipe (.plumerc.json)', en: 'Team synonyms (.plumerc.json)' },
  title: { fr: 'Titre SEO', en: 'SEO title' },
  description: { fr: 'Méta-description', en: 'Meta description' },
  fromH1: { fr: 'lu dans le titre de niveau 1', en: 'read from the level-1 heading' },
  none: { fr: 'non renseigné', en: 'not set' },
  preview: { fr: 'Aperçu dans Google', en: 'Google preview' },
  desktop: { fr: 'Ordinateur', en: 'Desktop' },
  mobile: { fr: 'Mobile', en: 'Mobile' },
  yourSite: { fr: 'votre-site.fr', en: 'your-site.com' },
  noTitle: { fr: 'Ajoutez un titre SEO', en: 'Add an SEO title' },
  noDescription: { fr: 'Ajoutez une méta-description : sans elle, Google choisit lui-même un extrait de la page.', en: 'Add a meta description: without one, Google picks an excerpt of the page itself.' },
  score: { fr: 'score', en: 'score' },
  waiting: { fr: 'vérifications attendent une expression clé principale : saisissez-la ci-dessus.', en: 'checks wait for a focus keyphrase: type it above.' },
  waitingOne: { fr: 'vérification attend une expression clé principale : saisissez-la ci-dessus.', en: 'check waits for a focus keyphrase: type it above.' },
  // The page `plume report` writes has no field to type in.
  waitingStatic: { fr: 'vérifications attendent une expression clé principale : déclarez-la dans le front matter (`keyphrase`) ou donnez-la avec --keyphrase.', en: 'checks wait for a focus keyphrase: declare it in the front matter (`keyphrase`) or pass it with --keyphrase.' },
  waitingOneStatic: { fr: 'vérification attend une expression clé principale : déclarez-la dans le front matter (`keyphrase`) ou donnez-la avec --keyphrase.', en: 'check waits for a focus keyphrase: declare it in the front matter (`keyphrase`) or pass it with --keyphrase.' },
  fix: { fr: 'Corriger', en: 'Fix' },
  fixWithAi: { fr: 'Corriger avec l’IA', en: 'Fix with AI' },
  docs: { fr: 'Documentation', en: 'Documentation' },
  more: { fr: 'autres endroits signalés', en: 'more places flagged' },
  figures: { fr: 'Chiffres', en: 'Figures' },
  words: { fr: 'Mots', en: 'Words' },
  sentences: { fr: 'Phrases', en: 'Sentences' },
  readingTime: { fr: 'Temps de lecture', en: 'Reading time' },
  minutes: { fr: 'min', en: 'min' },
  readingEase: { fr: 'Facilité de lecture (Kandel–Moles)', en: 'Reading ease (Kandel–Moles)' },
  transition: { fr: 'Phrases avec un mot de liaison', en: 'Sentences with a transition word' },
  passive: { fr: 'Phrases au passif', en: 'Sentences in the passive voice' },
  titleWidth: { fr: 'Largeur du titre', en: 'Title width' },
  outline: { fr: 'Plan', en: 'Outline' },
  noHeading: { fr: 'Aucun titre', en: 'No heading' },
  rewrite: { fr: 'Réécrire l’article', en: 'Rewrite the article' },
  characters: { fr: 'caractères', en: 'characters' },
} satisfies Record<string, Localized>;

function number(value: number, language: Language): string {
  return value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 1 });
}

/** « Titre : message » in French, "Title: message" in English. */
function colon(language: Language): string {
  return language === 'fr' ? ' : ' : ': ';
}

function icon(light: Light, options: RenderOptions): string {
  const { codicon, unicode, label } = LIGHTS[light];
  const shape = options.icons === 'codicons' ? `<span class="codicon codicon-${codicon}" aria-hidden="true"></span>` : `<span class="shape" aria-hidden="true">${unicode}</span>`;
  return `<span class="light light-${light}">${shape}<span class="visually-hidden">${escapeHtml(label[options.language])}</span></span>`;
}

function segments(parts: readonly PreviewSegment[]): string {
  return parts.map((part) => (part.bold ? `<b>${escapeHtml(part.text)}</b>` : escapeHtml(part.text))).join('');
}

function fieldRow(name: 'keyphrase' | 'synonyms' | 'title' | 'description', field: ReportField, model: ReportModel, options: RenderOptions): string {
  const l = options.language;
  const label = T[name][l];
  const note = field.source === 'h1' ? ` <span class="note">(${escapeHtml(T.fromH1[l])})</span>` : name === 'synonyms' ? ` <span class="note">(${escapeHtml(T.synonymsHint[l])})</span>` : '';
  const length = name === 'keyphrase' || name === 'synonyms' || field.value === '' ? '' : `<span class="count">${number(readerLength(field.value), l)} ${escapeHtml(T.characters[l])}${name === 'title' ? ` · ${number(model.preview.desktop.titleWidthPx, l)} / 600 px` : ''}</span>`;
  const id = `plume-field-${name}`;
  // A <label> names a form control: the static page has none, so its names are plain text.
  const labelElement = options.interactive ? `<label for="${id}">${escapeHtml(label)}${note}</label>` : `<div class="label">${escapeHtml(label)}${note}</div>`;
  const control = options.interactive
    ? name === 'description'
      ? `<textarea id="${id}" data-field="${name}" data-key="${escapeHtml(field.key)}" rows="3" spellcheck="true">${escapeHtml(field.value)}</textarea>`
      : `<input id="${id}" type="text" data-field="${name}" data-key="${escapeHtml(field.key)}" value="${escapeHtml(field.value)}" spellcheck="${name === 'title' ? 'true' : 'false'}">`
    : `<div id="${id}" class="value">${field.value ? escapeHtml(field.value) : `<i>${escapeHtml(T.none[l])}</i>`}</div>`;
  const synonyms = name === 'synonyms' && model.synonyms.length > 0 ? `<div class="note">${escapeHtml(T.teamSynonyms[l] + colon(l))}${escapeHtml(model.synonyms.join(', '))}</div>` : '';
  // The webview updates a field in place (its label, its info) and never replaces the control being typed in.
  return `<div class="field" data-name="${name}">${labelElement}${control}<div class="field-info">${length}${synonyms}</div></div>`;
}

function previewBlock(model: ReportModel, options: RenderOptions): string {
  const l = options.language;
  const { preview } = model;
  const url = `<div class="serp-url">${escapeHtml([preview.url.host ?? T.yourSite[l], ...preview.url.segments].join(' › '))}</div>`;
  const title = (html: string) => (model.fields.title.value ? html : `<span class="placeholder">${escapeHtml(T.noTitle[l])}</span>`);
  const description = model.fields.description.value ? segments(preview.desktop.description) : `<span class="placeholder">${escapeHtml(T.noDescription[l])}</span>`;
  return `<section class="preview" aria-label="${escapeHtml(T.preview[l])}"><h2>${escapeHtml(T.preview[l])}</h2>
<div class="serp serp-desktop" aria-label="${escapeHtml(T.desktop[l])}"><div class="serp-kind">${escapeHtml(T.desktop[l])}</div>${url}<div class="serp-title">${title(segments(preview.desktop.title))}</div><div class="serp-description">${description}</div></div>
<div class="serp serp-mobile" aria-label="${escapeHtml(T.mobile[l])}"><div class="serp-kind">${escapeHtml(T.mobile[l])}</div>${url}<div class="serp-title">${title(preview.mobile.titleLines.map((line) => `<span class="serp-line">${segments(line)}</span>`).join(''))}</div><div class="serp-description">${description}</div></div>
</section>`;
}

function lineItem(line: ReportLine, options: RenderOptions): string {
  const l = options.language;
  const text = `<span class="line-title">${escapeHtml(line.title[l])}</span>${colon(l)}<span class="line-message">${escapeHtml(line.message[l])}</span>`;
  const more = line.findings.length > 1 ? ` <span class="note">(+${number(line.findings.length - 1, l)} ${escapeHtml(T.more[l])})</span>` : '';
  const body = options.interactive && line.range
    ? `<button type="button" class="reveal" data-start="${line.range.start}" data-end="${line.range.end}">${text}${more}</button>`
    : `<span class="text">${text}${more}</span>`;
  const actions = !options.interactive || line.light === 'good' ? '' : [
    line.fixable ? `<button type="button" class="fix" data-finding="${line.findings[0]}">${escapeHtml(T.fix[l])}</button>` : '',
    line.range ? `<button type="button" class="fix-ai" data-check="${escapeHtml(line.checkId)}" data-start="${line.range.start}" data-end="${line.range.end}">${escapeHtml(T.fixWithAi[l])}</button>` : '',
  ].join('');
  const docs = options.interactive ? `<button type="button" class="docs" data-docs="${escapeHtml(line.docs)}" title="${escapeHtml(T.docs[l])}" aria-label="${escapeHtml(`${T.docs[l]}${colon(l)}${line.title[l]}`)}">?</button>` : '';
  return `<li class="line line-${line.light}" data-check="${escapeHtml(line.checkId)}">${icon(line.light, options)}${body}<span class="actions">${actions}${docs}</span></li>`;
}

function sectionBlock(section: ReportSection, model: ReportModel, options: RenderOptions): string {
  const l = options.language;
  const score = section.score === null || section.light === null ? '' : `${icon(section.light, options)}<span class="score">${escapeHtml(T.score[l])} ${number(section.score, l)}/100</span>`;
  const waiting = section.id === 'seo' && model.waitingForKeyphrase > 0
    ? `<p class="waiting">${number(model.waitingForKeyphrase, l)} ${escapeHtml((model.waitingForKeyphrase === 1 ? (options.interactive ? T.waitingOne : T.waitingOneStatic) : options.interactive ? T.waiting : T.waitingStatic)[l])}</p>` : '';
  return `<details class="report-section" data-section="${section.id}" open><summary><h2>${escapeHtml(section.title[l])}</h2>${score}</summary>${waiting}<ul class="lines">${section.lines.map((line) => lineItem(line, options)).join('')}</ul></details>`;
}

function figuresBlock(model: ReportModel, options: RenderOptions): string {
  const l = options.language;
  const f = model.figures;
  const percent = (value: number | null) => (value === null ? '–' : `${number(value, l)}${l === 'fr' ? ' %' : '%'}`);
  const rows: [Localized, string][] = [
    [T.words, number(f.words, l)],
    [T.sentences, number(f.sentences, l)],
    [T.readingTime, `${number(f.readingMinutes, l)} ${T.minutes[l]}`],
    [T.readingEase, f.readingEase === null ? '–' : `${number(f.readingEase, l)}${f.readingEaseBand ? ` (${f.readingEaseBand[l]})` : ''}`],
    [T.transition, percent(f.transitionShare)],
    [T.passive, percent(f.passiveShare)],
    [T.titleWidth, f.titleWidthPx === null ? '–' : `${number(Math.ceil(f.titleWidthPx), l)} / 600 px`],
  ];
  const outline = f.outline.length === 0 ? `<p class="note">${escapeHtml(T.noHeading[l])}</p>` : `<ul class="outline">${f.outline.map((entry) => {
    const text = `<span class="level">H${entry.level}</span> ${escapeHtml(entry.text)}`;
    return `<li class="outline-h${Math.min(entry.level, 6)}">${options.interactive ? `<button type="button" class="reveal" data-start="${entry.range.start}" data-end="${entry.range.end}">${text}</button>` : text}</li>`;
  }).join('')}</ul>`;
  return `<details class="report-section" data-section="figures" open><summary><h2>${escapeHtml(T.figures[l])}</h2></summary><dl class="figures">${rows.map(([name, value]) => `<dt>${escapeHtml(name[l])}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl><h3>${escapeHtml(T.outline[l])}</h3>${outline}</details>`;
}

/** The SEO fields: the webview renders them once and then only updates a field the writer is not typing in. */
export function renderReportFields(model: ReportModel, options: RenderOptions): string {
  const l = options.language;
  const rewrite = options.interactive ? `<div class="report-actions"><button type="button" class="primary" data-action="rewrite">${escapeHtml(T.rewrite[l])}</button></div>` : '';
  return `${rewrite}<section class="fields" aria-label="${escapeHtml(T.fields[l])}">${fieldRow('keyphrase', model.fields.keyphrase, model, options)}${fieldRow('synonyms', model.fields.synonyms, model, options)}${fieldRow('title', model.fields.title, model, options)}${fieldRow('description', model.fields.description, model, options)}</section>`;
}

/** The preview, the two sections and the figures: what the webview replaces on each analysis. */
export function renderReportAnalysis(model: ReportModel, options: RenderOptions): string {
  return `${previewBlock(model, options)}${model.sections.map((section) => sectionBlock(section, model, options)).join('')}${figuresBlock(model, options)}`;
}

/** The whole report as one self-contained HTML page (`plume report --out rapport.html`): no script, no network. */
export function renderReportPage(model: ReportModel, options: { language: Language; fileName: string; css: string }): string {
  const l = options.language;
  const render: RenderOptions = { language: l, interactive: false, icons: 'unicode' };
  const heading = l === 'fr' ? `Rapport SEO : ${options.fileName}` : `SEO report: ${options.fileName}`;
  return `<!DOCTYPE html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(heading)}</title>
<style>
${options.css}
</style>
</head>
<body class="plume-report-page">
<main class="plume-report">
<h1>${escapeHtml(heading)}</h1>
${renderReportFields(model, render)}
${renderReportAnalysis(model, render)}
</main>
</body>
</html>
`;
}

