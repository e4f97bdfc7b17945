/**
 * The calibration page (calibration.html, or `compsim report calibration.json`): how many points
 * met every target, the range each parameter spans among them, the fit of each target at the best
 * point and at the scenario as it is, and how often each scheme comes first over the accepted set.
 */
import type { CalibrationResult } from '../../whatif/calibrate.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import type { Lang } from '../i18n.js';
import { wantedRange } from '../sections/targets-section.js';
import { table, whatIfContext, whatIfPage } from './page.js';

export function renderCalibrationPage(result: CalibrationResult, lang: Lang): string {
  const names = Object.fromEntries(Object.entries(result.schemeNames ?? {}).map(([id, s]) => [id, s.translations?.[lang]?.name ?? s.name]));
  const ctx = whatIfContext(lang, 'RUB', names, Object.keys(result.robustness.first));
  const scenario = result.scenarioTranslations?.[lang]?.name ?? result.scenario;
  const { m, fmt } = ctx;
  const number = (v: number): string => fmt.number(v, Math.abs(v) >= 100 ? 0 : 4);
  const none = result.accepted.length === 0;
  const intro = fill(none ? m.calibrationIntroNone : m.calibrationIntro, {
    accepted: fmt.number(result.accepted.length),
    points: fmt.number(result.points.length),
    targets: fmt.number(result.targets.length),
    runs: fmt.number(result.runs),
    seed: String(result.seed),
  });
  const ranges = table(
    [{ html: escapeHtml(m.optColParameter) }, { html: escapeHtml(m.calibrationColRange), num: true }],
    Object.entries(result.acceptedRanges).map(([path, [low, high]]) => ({ cells: [`<code>${escapeHtml(path)}</code>`, escapeHtml(`${number(low)} … ${number(high)}`)] })),
  );
  const fit = table(
    [{ html: escapeHtml(m.calibrationColTarget) }, { html: escapeHtml(m.calibrationColWanted), num: true }, { html: escapeHtml(none ? m.calibrationColClosest : m.calibrationColBest), num: true }, { html: escapeHtml(m.calibrationColScenario), num: true }],
    result.fit.map((f) => ({
      cells: [
        `<code>${escapeHtml(f.path)}</code>`,
        escapeHtml(wantedRange(m, Number.isFinite(f.low) ? f.low : null, Number.isFinite(f.high) ? f.high : null, number)),
        escapeHtml(`${number(f.atBest.mean)} (${number(f.atBest.ci95[0])} … ${number(f.atBest.ci95[1])})${f.inside ? '' : ` ${m.calibrationMissed}`}`),
        escapeHtml(number(f.atScenario.mean)),
      ],
    })),
  );
  const first = Object.entries(result.robustness.first)
    .filter(([, count]) => count > 0)
    .map(([scheme, count]) => `<li>${escapeHtml(fill(m.calibrationFirst, { scheme: ctx.schemeLabel(scheme), count: fmt.number(count), accepted: fmt.number(result.robustness.accepted) }))}</li>`)
    .join('');
  return whatIfPage(
    ctx,
    fill(m.calibrationTitle, { scenario }),
    fill(m.whatifSubtitle, { months: fmt.number(result.months), runs: fmt.number(result.runs), seed: String(result.seed) }),
    [
      { id: 'accepted', title: m.calibrationSectionAccepted, html: `<p class="intro">${escapeHtml(intro)}</p>${none ? '' : ranges}` },
      { id: 'fit', title: none ? m.calibrationSectionFitClosest : m.calibrationSectionFit, html: fit },
      { id: 'robustness', title: m.calibrationSectionRobustness, html: first ? `<ul>${first}</ul>` : `<p>${escapeHtml(m.calibrationNoneAccepted)}</p>` },
    ],
    m.calibrationFooter,
  );
}
