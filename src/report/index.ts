/** The report stage: summary.json → one self-contained HTML page (see renderReport.ts). */
export { renderReport, type ReportOptions } from './renderReport.js';
export { warmUpCharts } from './charts/render.js';
export { LANGS, type Lang } from './i18n.js';
