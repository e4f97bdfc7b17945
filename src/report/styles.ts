/**
 * The page's only stylesheet: readable at 1280 px, system fonts only (no web fonts: the page must
 * open offline), and a print layout for A4 where charts scale to the page and never split.
 */
export const STYLES = `
:root { --ink: #1a1a1a; --muted: #5f5f5f; --line: #dcdcdc; --head: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 15px/1.45 "Liberation Sans", Arial, Helvetica, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 40px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #222; }
h3 { font-size: 16px; margin: 22px 0 6px; }
h4 { font-size: 14px; margin: 16px 0 4px; }
.subtitle { color: var(--muted); margin: 0 0 12px; }
.intro { margin: 4px 0 12px; max-width: 900px; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0 10px; max-width: 1000px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 4px 22px; padding: 0; margin: 0; list-style: none; counter-reset: toc; }
nav.toc li { counter-increment: toc; }
nav.toc li::before { content: counter(toc) ". "; color: var(--muted); }
nav.toc a { color: #0b5394; text-decoration: none; }
table.data { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 8px 0 6px; }
table.data th, table.data td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.data th { background: var(--head); font-weight: 600; vertical-align: bottom; }
table.data .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.data th.num { white-space: normal; }
table.params { width: 100%; max-width: 980px; }
table.params td:first-child { width: 70%; }
.params-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 36px; }
.params-grid table.params td:first-child { width: 65%; }
table.run { width: auto; min-width: 560px; }
table.run td.num { text-align: left; white-space: normal; }
table.verdict td { font-size: 14px; }
/* Scheme names must stay readable next to many numeric columns. */
table.verdict td:nth-child(2) { min-width: 200px; }
#clients-table td:first-child, #quits-table td:first-child, #time-share-table td:first-child { min-width: 220px; }
table.data td.role-row { padding-left: 27px; color: var(--muted); }
table.data tr:has(+ tr > td.role-row) > td, table.data tr:has(> td.role-row):has(+ tr > td.role-row) > td { border-bottom-color: #f0f0f0; }
table.changes { font-size: 12.5px; }
table.changes td:first-child { min-width: 160px; }
table.changes th, table.changes td { padding: 5px 6px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 7px; vertical-align: -1px; }
.badge { display: inline-block; font-size: 11px; line-height: 16px; border: 1px solid #888; border-radius: 3px; padding: 0 4px; color: #333; margin-left: 4px; }
.up { color: #005a8c; } .down { color: #a34200; }
td.unclear { color: #8a8a8a; }
td.clear { font-weight: 600; }
.verdict-text { margin: 12px 0 8px; max-width: 1000px; }
.verdict-text .headline { font-size: 16px; font-weight: 600; margin: 6px 0; }
.verdict-text ul { padding-left: 0; list-style: none; margin: 6px 0; }
.verdict-text li { margin: 6px 0; padding-left: 20px; text-indent: -20px; }
.verdict-text .risk { display: block; text-indent: 0; margin-top: 2px; color: #8a3600; }
.verdict-text .risk::before { content: "▲ "; font-size: 11px; }
.verdict-text p.headline.risk { font-weight: 600; }
.verdict-text .ranking-rule { margin: 8px 0 4px; }
.verdict-text .ranking-change { margin: 4px 0; color: #8a3600; }
.verdict-text .ranking-change::before { content: "↕ "; }
td.rank-moved { color: #8a3600; font-weight: 600; }
.warning { border-left: 4px solid #D55E00; background: #fff4ec; padding: 8px 12px; margin: 8px 0; }
figure.chart { margin: 22px 0 10px; }
figure.chart figcaption h3 { margin: 0 0 2px; }
figure.chart figcaption .note { margin: 0 0 8px; }
figure.chart .drawing svg { display: block; max-width: 100%; height: auto; }
.decision { border-left: 4px solid #1b6ca8; background: #f3f7fb; padding: 12px 18px; margin: 4px 0 22px; max-width: 1000px; }
.decision-headline { font-size: 19px; font-weight: 600; line-height: 1.4; margin: 0 0 10px; }
.decision-facts { margin: 0; padding-left: 1.1em; }
.decision-facts li { margin: 5px 0; line-height: 1.45; }
.decision-more { margin: 10px 0 0; font-size: 13px; }
details.scenario-settings > summary, details.by-scheme > summary { cursor: pointer; }
details.by-scheme > summary { font-weight: 600; margin: 10px 0; }
details.behind > summary { cursor: pointer; margin: 10px 0; color: var(--muted); }
/* Two charts a row on a wide screen: the page is read in about eight screens. */
@media screen and (min-width: 1100px) {
  section#money figure.chart, section#hours figure.chart, section#clients figure.chart, section#people figure.chart {
    display: inline-block; vertical-align: top; width: calc(50% - 14px); margin-right: 10px; box-sizing: border-box;
  }
}
details.scenario-settings > summary h3, details.precision-charts > summary h3 { display: inline; }
details.precision-charts > summary { cursor: pointer; margin: 10px 0; }
details.scheme-params { margin: 8px 0 14px; }
details.scheme-params summary { font-weight: 600; cursor: pointer; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 12.5px; }
ul.overrides { margin: 4px 0; }
footer { margin-top: 40px; border-top: 1px solid var(--line); }
@media print {
  @page { size: A4; margin: 12mm 10mm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  /* The first printed page is the brief: the title and the decision. */
  .decision { break-after: page; background: none; }
  .decision-more { display: none; }
  h2 { break-after: avoid; margin-top: 18pt; }
  h3, h4 { break-after: avoid; }
  figure.chart, table.data tr, .verdict-text li, .warning { break-inside: avoid; }
  table.data { font-size: 8.5pt; }
  table.data .num { white-space: normal; }
  table.params, table.run { min-width: 0; }
  /* Twelve columns must fit 190 mm: smaller type, tighter cells, headers may break inside words. */
  table.changes { font-size: 7pt; }
  table.changes th, table.changes td { padding: 3px 2px; }
  table.changes th { hyphens: auto; }
  table.changes td:first-child { min-width: 0; width: 16%; }
  table.verdict td { font-size: 8.5pt; }
  table.verdict td:nth-child(2) { min-width: 0; }
  #clients-table td:first-child, #quits-table td:first-child, #time-share-table td:first-child { min-width: 0; }
  .params-grid { display: block; }
  .note { font-size: 8.5pt; }
  a { color: inherit; text-decoration: none; }
  details.scheme-params > summary { list-style: none; }
}
`;
