/**
 * The client-months this process's runner has simulated so far (every block of runs that came back,
 * whether or not a stopping rule then used it): what a whole command cost, for the bench's time per
 * client-month of `compsim run --precision`, `sensitivity` or `optimize`. Nothing else reads it.
 */
let clientMonths = 0;

export function addWorkDone(count: number): void {
  clientMonths += count;
}

export function workDone(): { clientMonths: number } {
  return { clientMonths };
}
