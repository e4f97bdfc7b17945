/** The activity colour encoding shared by the time-share charts: hunt, activate, farm in that order. */
import type { ReportContext } from '../context.js';
import { ACTIVITY_COLORS } from '../palette.js';
import { ACTIVITIES, type Activity } from '../../engine/summary.js';

export function activityLabel(ctx: ReportContext, activity: Activity): string {
  const { m } = ctx;
  return activity === 'hunt' ? m.activityHunt : activity === 'activate' ? m.activityActivate : m.activityFarm;
}

export function activityColorEncoding(ctx: ReportContext, legend: boolean) {
  return {
    field: 'activity',
    type: 'nominal' as const,
    scale: { domain: ACTIVITIES.map((a) => activityLabel(ctx, a)), range: ACTIVITIES.map((a) => ACTIVITY_COLORS[a]) },
    legend: legend ? { title: null, orient: 'top' as const, direction: 'horizontal' as const, labelLimit: 400 } : null,
  };
}
