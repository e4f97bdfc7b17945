/** The report stage: summary.json → one self-contained HTML page (see render-report.ts). */
export { renderReport, type ReportOptions } from './render-report.js';
export { renderTargetsPage } from './targets-page.js';
export { renderOptimizationPage } from './whatif/optimize-page.js';
export { warmUpCharts } from './charts/render.js';
export { LANGS, type Lang } from './i18n.js';
export { CSV_DIALECTS, optimizationCsv, sensitivityCsv, summaryCsv, sweepCsv, type CsvDialect, type CsvFile } from './csv.js';
