/**
 * A report is forwarded by e-mail and opened by people who did not write the scenario, so no
 * user text may run in it. A scenario whose every user-text field — its name and description,
 * scheme names and descriptions, role names, component names, a `--set` value — is an HTML/JS
 * payload goes through `compsim run` end to end; the report must show the payloads as text only:
 * no tag or event handler of theirs in the HTML or SVG, no script but our JSON data blocks, and
 * (when Chromium is installed) no dialog when the page is opened.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_TESTS, CHROMIUM } from '../report/browser-helpers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../src/engine/summary.js';
import { renderReport } from '../../src/report/index.js';
import { compsim, ensureBuilt, repo } from './helpers/compiled-cli.js';

const SCENARIO = join(repo, 'test/robustness/fixtures/xss.yaml');
const SET_PAYLOAD = '<svg/onload=alert(2)>';
/** Every payload the fixture carries, as written there. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  '<iframe src=javascript:alert(1)>',
  "' onmouseover='alert(1)' x='",
  '</title></style></textarea><script>alert(1)</script>',
  SET_PAYLOAD,
];
/** Elements no payload may create, wherever it lands (the page's own links and head metadata are checked apart). */
const FORBIDDEN_TAGS = /^(script|iframe|img|object|embed|frame|frameset|base|form|input|button|link|image|foreignobject|animate|set|use)$/i;

let folder = '';
let html = '';
let summary: Summary;

beforeAll(async () => {
  ensureBuilt();
  folder = mkdtempSync(join(tmpdir(), 'compsim-xss-'));
  const result = await compsim(['run', SCENARIO, '--runs', '2', '--workers', '1', '--out', 'out', '--set', `schemes.plain.description=${SET_PAYLOAD}`], folder);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  html = readFileSync(join(folder, 'out/report.html'), 'utf8');
  summary = JSON.parse(readFileSync(join(folder, 'out/summary.json'), 'utf8')) as Summary;
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The page without our JSON data blocks, after checking that they are only data. */
function markupOutsideDataBlocks(page: string): string {
  const blocks = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
  expect(blocks.length).toBeGreaterThan(0);
  for (const [, attributes, content] of blocks) {
    expect(attributes, 'only JSON data blocks are scripts').toMatch(/^ type="application\/json"[^<>]*$/);
    // Nothing in a data block can end it early or open a comment: no "<" at all.
    expect(content).not.toMatch(/</);
    expect(() => JSON.parse(content)).not.toThrow();
  }
  return page.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

/** Every problem with the markup: a forbidden element, an event handler, a javascript: URL. */
function markupProblems(markup: string): string[] {
  const problems: string[] = [];
  const headEnd = markup.indexOf('</head>');
  for (const match of markup.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const [tag, name, attributes] = match;
    if (FORBIDDEN_TAGS.test(name)) problems.push(`element: ${tag.slice(0, 80)}`);
    if (/^meta$/i.test(name) && match.index > headEnd) problems.push(`meta outside the head: ${tag.slice(0, 80)}`);
    if (/^a$/i.test(name) && !/^\s+href="#[\w-]+"\s*$/.test(attributes)) problems.push(`link other than to a section: ${tag.slice(0, 80)}`);
    if (/(^|[\s"'/])on[a-z]+\s*=/i.test(attributes)) problems.push(`event handler: ${tag.slice(0, 80)}`);
    if (/javascript:|srcdoc\s*=/i.test(attributes)) problems.push(`script URL: ${tag.slice(0, 80)}`);
  }
  return problems;
}

function expectSafe(page: string): void {
  // Inside a data block a quote is just JSON; "<" cannot be there at all (checked above).
  const markup = markupOutsideDataBlocks(page);
  for (const payload of PAYLOADS.filter((p) => /[<>"']/.test(p))) expect(markup.includes(payload), `raw ${payload}`).toBe(false);
  expect(markupProblems(markup)).toEqual([]);
}

describe('HTML/JS payloads in every user-text field', () => {
  it('are kept verbatim in summary.json', () => {
    expect(summary.scenario).toBe('<img src=x onerror=alert(1)> </script><script>alert(1)</script>');
    expect(summary.schemes.map((s) => s.name)).toEqual(['</script><script>alert(1)</script>', '"><svg onload=alert(1)>']);
    expect(summary.schemes.find((s) => s.id === 'plain')!.description).toBe(SET_PAYLOAD);
    expect(summary.overrides).toEqual([`schemes.plain.description=${SET_PAYLOAD}`]);
  });

  it('never reach the report as markup or script (English report from compsim run)', () => {
    expectSafe(html);
    // Defence in depth: the page forbids scripts altogether.
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/);
  });

  it('are shown to the reader as text', () => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    for (const text of ['</script><script>alert(1)</script>', '"><svg onload=alert(1)>', "{{constructor.constructor('alert(1)')()}}", SET_PAYLOAD]) {
      expect(html.includes(escape(text)), `escaped ${text}`).toBe(true);
    }
  });

  it('never reach the Russian report as markup or script either', async () => {
    expectSafe(await renderReport(summary, { lang: 'ru' }));
  });

  it.runIf(BROWSER_TESTS)('open no dialog and create no element in Chromium', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'compsim-xss-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // alert() may also be reached without a dialog (e.g. blocked): record every call.
      await page.addInitScript({ content: 'window.__alerts = []; window.alert = (message) => void window.__alerts.push(message);' });
      await page.goto(pathToFileURL(join(folder, 'out/report.html')).href, { waitUntil: 'load' });
      // Give lazy handlers (onload of late images, timers) a moment, then hover everything.
      await page.mouse.move(10, 10);
      const boxes = await page.$$eval('svg text, td, h1, h2, p', (elements) =>
        elements.slice(0, 40).map((e) => {
          const box = e.getBoundingClientRect();
          return { x: box.x, y: box.y, width: box.width };
        }),
      );
      for (const box of boxes) {
        if (box.width > 0) await page.mouse.move(box.x + 1, box.y + 1);
      }
      await page.waitForTimeout(300);
      const found = await page.evaluate(`({
        alerts: window.__alerts,
        elements: document.querySelectorAll('img, iframe, object, embed, script:not([type="application/json"])').length,
        handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => e.tagName + '[' + a.name + ']')),
      })`);
      expect(dialogs).toEqual([]);
      expect(found).toEqual({ alerts: [], elements: 0, handlers: [] });
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
