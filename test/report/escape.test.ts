import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from '../../src/report/escape.js';
import { renderReport } from '../../src/report/index.js';
import { buildFixtureSummary } from './fixture.js';

const PAYLOADS = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '"\'><svg onload=alert(1)>'];

describe('escapeHtml', () => {
  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('jsonForScript', () => {
  it('never lets a string close the script block, and parses back unchanged', () => {
    const value = { name: '</script><script>alert(1)</script><!--', amp: 'a&b', ls: '\u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('user text in the report', () => {
  for (const payload of PAYLOADS) {
    for (const lang of ['en', 'ru'] as const) {
      it(`shows ${JSON.stringify(payload)} as text in every field (${lang})`, async () => {
        const html = await renderReport(buildFixtureSummary({ userText: payload }), { lang });
        // The raw payload never appears: not in HTML, not in SVG, not in the JSON blocks.
        expect(html.includes(payload)).toBe(false);
        expect(/<img|<svg onload|<script>alert/i.test(html)).toBe(false);
        // Only our own JSON data blocks are script elements.
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
        expect(scripts.length).toBeGreaterThan(0);
        for (const attributes of scripts) expect(attributes).toMatch(/^ type="application\/json"/);
        // It is shown, escaped, as text: scheme names, scenario name, descriptions, overrides.
        const escaped = escapeHtml(payload);
        expect(html.split(escaped).length - 1).toBeGreaterThan(20);
        expect(html.includes(`<code>--set schemes.${escaped}.roles.generalist.salary=${escaped}</code>`)).toBe(true);
        expect(html.includes(`<p>${escaped}</p>`)).toBe(true); // a scheme description
        // The embedded specs still carry the text unchanged for re-use.
        const block = html.match(/<script type="application\/json" class="chart-spec" data-chart="money-revenue">([^<]*)<\/script>/);
        expect(block).not.toBeNull();
        const spec = JSON.parse(block![1]) as { data: { values: { scheme: string }[] } };
        expect(spec.data.values[0].scheme).toBe(`${payload} 0`);
      });
    }
  }
});
