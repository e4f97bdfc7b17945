/** Ctrl-C during a simulating command: the simulation stops, nothing is written, and the exit code is 130. */
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';

/** Catches Ctrl-C until `release`: the signal aborts instead of the process ending mid-write. */
export function interruptible(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.once('SIGINT', onInterrupt);
  return { signal: controller.signal, release: () => process.removeListener('SIGINT', onInterrupt) };
}

export function interrupted(): UserError {
  return new UserError(m.interrupted(), 130);
}
