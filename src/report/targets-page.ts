/**
 * targets.html, the page `compsim targets` writes beside targets.json: the section "How far to
 * trust these numbers" of the owner's report, with every target of the scenario (its variants
 * included), on a page of its own. Pure: returns the page as a string.
 */
import type { TargetsResult } from '../whatif/targets.js';
import { fill } from './context.js';
import { createFormatter } from './format.js';
import { LANGS, messages, type Lang } from './i18n.js';
import { documentHtml } from './page.js';
import { targetsSection } from './sections/targets-section.js';

export function renderTargetsPage(result: TargetsResult, lang: Lang): string {
  if (!LANGS.includes(lang)) throw new Error(`renderTargetsPage requires lang to be one of ${LANGS.join(', ')}, got ${JSON.stringify(lang)}`);
  const m = messages(lang);
  const fmt = createFormatter(lang, 'RUB');
  const view = { lang, m, fmt, schemeLabel: (id: string) => id };
  const trust = { results: result.targets, runs: result.runs, seed: result.seed, byTargetsCommand: true, variants: result.variants.length - 1, needVariants: [], notSimulated: [] };
  const scenario = result.scenarioTranslations?.[lang]?.name ?? result.scenario;
  const title = fill(m.targetsPageTitle, { scenario });
  const subtitle = fill(m.targetsPageSubtitle, { runs: fmt.number(result.runs), months: fmt.number(result.months), seed: String(result.seed) });
  return documentHtml(lang, title, subtitle, m.tocLabel, [{ id: 'trust', title: m.sectionTrust }], targetsSection(view, trust), m.targetsPageFooter);
}
