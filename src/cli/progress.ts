/**
 * A progress bar with the time left on stderr, only when stderr is a terminal (never in logs,
 * pipes or CI). cli-progress is loaded lazily so commands that never show one start fast.
 */
import { createRequire } from 'node:module';
import { messages as m } from './messages.js';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

const require = createRequire(import.meta.url);

/** A bar over runs (every simulating command counts runs). */
export function progressBar(): Progress {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    { stream: process.stderr, format: m.progressFormat(), hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
