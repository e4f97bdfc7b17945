/**
 * The page shell and figures of the what-if pages (sweep, sensitivity): the same self-contained
 * document as the owner's report — one stylesheet, no scripts, no network (the CSP forbids both),
 * charts rendered to inline SVG with their vega-lite specs embedded as JSON for re-use.
 */
import { escapeHtml } from '../escape.js';
import type { Lang, Messages } from '../i18n.js';
import { messages } from '../i18n.js';
import { createFormatter, type NumberFormatter } from '../format.js';
import { documentHtml } from '../page.js';
import { schemeColor } from '../palette.js';
import type { Translations } from '../../scenario/schema.js';


export interface WhatIfContext {
  lang: Lang;
  m: Messages;
  fmt: NumberFormatter;
  /** A scheme's display name (its id when the result has none). */
  schemeLabel: (id: string) => string;
  schemeColor: (id: string) => string;
}

export function whatIfContext(lang: Lang, currency: string, names: Record<string, string>, order: readonly string[]): WhatIfContext {
  const labels = new Map<string, string>();
  const seen = new Set<string>();
  for (const id of order) {
    let label = String(names[id] ?? id).trim() || id;
    if (seen.has(label)) label = `${label} (${id})`;
    seen.add(label);
    labels.set(id, label);
  }
  return {
    lang,
    m: messages(lang),
    fmt: createFormatter(lang, currency),
    schemeLabel: (id) => labels.get(id) ?? id,
    schemeColor: (id) => schemeColor(Math.max(0, order.indexOf(id))),
  };
}

/** The schemes' names in the page's language (the scenario's translations), else as written. */
export function localNames(result: { schemeNames: Record<string, string>; schemeTranslations?: Record<string, Translations> }, lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(result.schemeNames).map(([id, name]) => [id, result.schemeTranslations?.[id]?.[lang]?.name ?? name]));
}

/** The scenario's name in the page's language. */
export function localScenario(result: { scenario: string; scenarioTranslations?: Translations }, lang: Lang): string {
  return result.scenarioTranslations?.[lang]?.name ?? result.scenario;
}

export interface WhatIfSection {
  id: string;
  title: string;
  html: string;
}

export function whatIfPage(ctx: WhatIfContext, title: string, subtitle: string, sections: readonly WhatIfSection[], footer = ctx.m.whatifFooter): string {
  const body = sections.map((s) => `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`).join('\n');
  return documentHtml(ctx.lang, title, subtitle, ctx.m.tocLabel, sections, body, footer);
}

/** A table with a header row; cells are HTML already escaped by the caller. */
export function table(headers: readonly { html: string; num?: boolean }[], rows: readonly { cells: readonly string[]; className?: string }[], className = 'data'): string {
  const head = headers.map((h) => `<th${h.num ? ' class="num"' : ''}>${h.html}</th>`).join('');
  const body = rows
    .map((row) => `<tr${row.className ? ` class="${row.className}"` : ''}>${row.cells.map((c, k) => `<td${headers[k]?.num ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table class="${className}" style="width: auto; min-width: 480px"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
