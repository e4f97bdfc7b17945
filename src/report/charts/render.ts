/**
 * vega-lite spec → vega → static SVG, in Node, without a browser. vega and vega-lite are loaded
 * on first use (a dynamic import), so CLI commands that never render do not pay for them.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n.js';
import { vegaNumberLocale } from '../format.js';
import { vegaTextWidth } from './text-width.js';

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');

let loading: Promise<[VegaModule, VegaLiteModule]> | undefined;

function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  loading ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    // Real font metrics instead of vega's 0.8 em guess (see text-width.ts).
    // textMetrics is exported by vega at run time but missing from its type declarations.
    (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = vegaTextWidth;
    return [vega, vl] as [VegaModule, VegaLiteModule];
  });
  return loading;
}

/** A logger that keeps vega's warnings off stdout/stderr (the CLI owns them); errors still throw. */
function quietLogger() {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      throw new Error(args.map(String).join(' '));
    },
    warn() {
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/** Compile a vega-lite spec to a vega spec (also what the page embeds for re-use). */
export async function compileChart(spec: TopLevelSpec): Promise<object> {
  const [, vl] = await loadVega();
  return vl.compile(spec, { logger: quietLogger() as never }).spec;
}

/** Render a vega-lite spec to an SVG string with the language's number formats. */
export async function renderSvg(spec: TopLevelSpec, lang: Lang): Promise<string> {
  const [vega] = await loadVega();
  const compiled = await compileChart(spec);
  const view = new vega.View(vega.parse(compiled as never), {
    renderer: 'none',
    logLevel: vega.None,
    locale: { number: vegaNumberLocale(lang) as never },
  } as never);
  try {
    return cleanSvg(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/**
 * Loads vega and vega-lite and renders one small chart, so that the first real chart does not
 * pay for loading and compiling them: `compsim run` calls this while the workers simulate.
 */
export async function warmUpCharts(): Promise<void> {
  await renderSvg(
    {
      data: { values: [{ x: 0, y: 0 }, { x: 1, y: 1 }] },
      mark: 'line',
      encoding: { x: { field: 'x', type: 'quantitative', title: 'x' }, y: { field: 'y', type: 'quantitative', title: 'y' } },
    },
    'en',
  );
}

/**
 * vega's SVG carries English ARIA text ("group mark container", "Title text ...") even with
 * ARIA disabled; the page labels each figure itself, so drop them (smaller, and no English on the
 * Russian page). vega already escapes text and attribute values it writes.
 */
export function cleanSvg(svg: string): string {
  return svg
    .replace(/ aria-roledescription="[^"]*"/g, '')
    .replace(/ aria-label="[^"]*"/g, '')
    .replace(/ role="graphics-[a-z]+"/g, '');
}
