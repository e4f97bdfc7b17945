/**
 * What the browser tests share: Debian's Chromium started headless and offline, the label
 * collisions of a page's charts, the English UI labels that must not show on a Russian page, and
 * a page's visible text.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { allMessages } from '../../src/report/i18n.js';

/** Debian's Chromium (COMPSIM_CHROMIUM names another, e.g. a missing one to check the skip). */
export const CHROMIUM = process.env.COMPSIM_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run: when Chromium is installed, and always under CI=true, where a
 * missing Chromium must fail the run rather than pass it unseen (launchChromium then throws).
 * Without either they are skipped, and test/setup/browser-note.ts says so and how to install it.
 */
export const BROWSER_TESTS = existsSync(CHROMIUM) || process.env.CI === 'true';

/** A fresh headless Chromium (its own profile folder); `close` removes the profile too. */
export async function launchChromium(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests require ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'compsim-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A Chromium for the tests of a describe block: launched before them, closed (its profile
 * removed) after them, and `cleanUp` run then too. Call inside the describe; use the getter in tests.
 */
export function chromiumForTests(cleanUp: () => void = () => undefined): () => BrowserContext {
  let launched: { browser: BrowserContext; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
    cleanUp();
  });
  return () => (launched as { browser: BrowserContext }).browser;
}

/** Pairs of labels inside one chart that overlap (axis labels, headers, legends, bar labels). */
export function labelOverlaps(page: Page): Promise<string[]> {
  return page.$$eval('figure.chart svg', (svgs) => {
    const found: string[] = [];
    for (const svg of svgs) {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          // The same text drawn twice in the same place is a halo, not a collision.
          if (a.text === b.text && Math.abs(a.r.x - b.r.x) < 1 && Math.abs(a.r.y - b.r.y) < 1) continue;
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 1 && h > 2) found.push(`${svg.closest('figure')?.getAttribute('data-chart')}: "${a.text}" × "${b.text}"`);
        }
    }
    return found;
  });
}

/** English UI text that must not show on the Russian page: whole labels, and long fragments of templates. */
export function englishLabels(): string[] {
  const labels = new Set<string>();
  for (const text of Object.values(allMessages().en)) {
    const parts = text.split(/\{\w+\}/).map((p) => p.replace(/^[\s,.:;()·“”"'%]+|[\s,.:;()·“”"'%]+$/g, ''));
    const whole = parts.length === 1;
    for (const part of parts) {
      if (!/[A-Za-z]{3}/.test(part)) continue;
      if (whole || part.length >= 8) labels.add(part);
    }
  }
  return [...labels];
}

/** Every text node of the page outside scripts and <code> (parameter paths are scenario identifiers). */
export function visibleTexts(page: Page): Promise<string[]> {
  // (Structural DOM types: the project compiles without the DOM lib.)
  type Node = { nodeType: number; textContent: string | null; childNodes: Iterable<Node>; remove(): void };
  type Root = Node & { cloneNode(deep: boolean): Root; querySelectorAll(selector: string): Iterable<Node> };
  return page.$eval('body', (body: Root) => {
    const copy = body.cloneNode(true);
    for (const el of [...copy.querySelectorAll('script, code')]) el.remove();
    return [...copy.querySelectorAll('*')].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? ''));
  });
}

/**
 * The user's own words: every text and key in `values` (a scenario, a summary's assumptions) and
 * the `given` texts, longest first so that a longer name is taken out before a part of it.
 */
export function userWords(values: unknown, given: Iterable<string> = []): string[] {
  const texts = new Set<string>(given);
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        texts.add(key);
        walk(child);
      }
  };
  walk(values);
  return [...texts].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
}
