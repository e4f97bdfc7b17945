/**
 * The page shell: one self-contained HTML document. A Content-Security-Policy forbids every
 * network request and every script, so the page cannot fetch or run anything even if some text
 * slipped through unescaped; the embedded chart specs are JSON data blocks, never executed.
 */
import type { ReportContext } from './context.js';
import { fill, scenarioName } from './context.js';
import { escapeHtml } from './escape.js';
import { STYLES } from './styles.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'";

export interface PageSection {
  id: string;
  title: string;
  html: string;
}

export function pageHtml(ctx: ReportContext, sections: PageSection[]): string {
  const { m, summary, fmt } = ctx;
  const title = fill(m.pageTitle, { scenario: scenarioName(summary, ctx.lang) });
  const subtitle = fill(m.pageSubtitle, {
    runs: fmt.number(summary.runs),
    months: fmt.number(summary.months),
    seed: String(summary.seed),
    schemes: fmt.number(summary.schemes.length),
  }, ctx.lang);
  return documentHtml(ctx.lang, title, subtitle, m.tocLabel, sections, sections.map((s) => s.html).join('\n'), m.footer);
}

/**
 * The HTML document every compsim page shares (the owner's report and the what-if pages): the
 * content-security policy, the stylesheet, the title block with its table of contents, a footer.
 */
export function documentHtml(
  lang: string,
  title: string,
  subtitle: string,
  tocLabel: string,
  sections: readonly { id: string; title: string }[],
  body: string,
  footer: string,
): string {
  const toc = sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="compsim">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
<nav class="toc" aria-label="${escapeHtml(tocLabel)}"><ol>${toc}</ol></nav>
</header>
${body}
<footer><p class="note">${escapeHtml(footer)}</p></footer>
</main>
</body>
</html>
`;
}
