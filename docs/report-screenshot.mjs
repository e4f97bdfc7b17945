#!/usr/bin/env node
/**
 * The README's picture of the Russian report: its first screens — the verdict table, the verdict's
 * headline and the monthly revenue and net-profit fan charts — as one 1280 px wide PNG.
 *
 *   npm run build
 *   node bin/compsim.js run scenarios/freight.yaml --runs 1000 --out /tmp/freight --lang ru
 *   node docs/report-screenshot.mjs /tmp/freight/report.html docs/report-ru.png
 *
 * To fit the verdict and the money charts on one picture, the per-scheme paragraphs under the
 * headline and the "what changes" table are hidden for the screenshot (the page itself has them).
 * Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM=path).
 */
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [input, output = 'docs/report-ru.png'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node docs/report-screenshot.mjs <report.html> [out.png]');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(pathToFileURL(resolve(input)).href, { waitUntil: 'load' });
  await page.addStyleTag({
    content: '#verdict ul.sentences, #verdict h3, #changes-table, #changes-table + .note { display: none !important; }',
  });
  // Down to the end of the net-profit fan chart.
  const bottom = await page.$eval('#chart-money-netProfit', (el) => el.getBoundingClientRect().bottom + window.scrollY + 16);
  await page.screenshot({ path: output, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) }, fullPage: true });
  console.log(`Wrote ${output} (1280 × ${Math.ceil(bottom)})`);
} finally {
  await browser.close();
}
