/**
 * Small HTML builders. Cell and heading arguments are HTML already: callers escape user text with
 * `escapeHtml` (or build it from `swatch`/`schemeName`, which do) before passing it in.
 */
import type { ReportContext, SchemeView } from './context.js';
import { escapeHtml } from './escape.js';

export interface Cell {
  html: string;
  /** Right-align numbers. */
  numeric?: boolean;
  className?: string;
}

export type CellInput = string | Cell;

const asCell = (c: CellInput): Cell => (typeof c === 'string' ? { html: c } : c);

export function num(html: string, className?: string): Cell {
  return { html, numeric: true, className };
}

function td(tag: 'td' | 'th', cell: Cell, scope?: string): string {
  const classes = [cell.numeric ? 'num' : '', cell.className ?? ''].filter(Boolean).join(' ');
  return `<${tag}${scope ? ` scope="${scope}"` : ''}${classes ? ` class="${classes}"` : ''}>${cell.html}</${tag}>`;
}

export function table(options: { caption?: string; head: CellInput[]; rows: CellInput[][]; className?: string; id?: string }): string {
  const head = options.head.map((c) => td('th', asCell(c), 'col')).join('');
  const body = options.rows.map((row) => `<tr>${row.map((c) => td('td', asCell(c))).join('')}</tr>`).join('\n');
  return [
    `<table${options.id ? ` id="${options.id}"` : ''} class="${options.className ?? 'data'}">`,
    options.caption ? `<caption>${options.caption}</caption>` : '',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody></table>`,
  ].join('');
}

/** The scheme's colour chip — the same colour it has in every chart. */
export function swatch(view: SchemeView): string {
  return `<span class="swatch" style="background:${view.color}" aria-hidden="true"></span>`;
}

/** A scheme's name with its colour chip and baseline/current badges (escaped). */
export function schemeName(ctx: ReportContext, view: SchemeView, badges = true): string {
  const tags: string[] = [];
  if (badges && view.isBaseline) tags.push(`<span class="badge">${escapeHtml(ctx.m.badgeBaseline)}</span>`);
  if (badges && view.isCurrent && !view.isBaseline) tags.push(`<span class="badge">${escapeHtml(ctx.m.badgeCurrent)}</span>`);
  return `${swatch(view)}<span class="scheme-name">${escapeHtml(view.label)}</span>${tags.length ? ' ' + tags.join(' ') : ''}`;
}

/** A table the owner need not read to follow the page, behind a line he can open (open when it holds something he must see). */
export function behind(summary: string, html: string, open = false): string {
  return `<details class="behind"${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n${html}\n</details>`;
}

export function section(id: string, title: string, body: string, intro?: string): string {
  return [
    `<section id="${id}">`,
    `<h2>${escapeHtml(title)}</h2>`,
    intro ? `<p class="intro">${escapeHtml(intro)}</p>` : '',
    body,
    `</section>`,
  ].join('\n');
}
