/**
 * vitest's global setup: says once, before the tests, when the browser tests will be skipped
 * (no Chromium, and not CI=true) and how to get them to run.
 */
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.COMPSIM_CHROMIUM ?? '/usr/bin/chromium';

export default function setup(): void {
  if (existsSync(CHROMIUM) || process.env.CI === 'true') return;
  process.stderr.write(
    `\nBrowser tests skipped: ${CHROMIUM} is missing. Install Chromium to run them (Debian/Ubuntu: sudo apt-get install -y chromium); with CI=true a missing Chromium fails the run instead.\n\n`,
  );
}
