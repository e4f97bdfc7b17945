/**
 * Scenario files damaged at random (characters cut, YAML punctuation, odd numbers pasted in) must
 * load or fail with a ScenarioError whose message reads as plain words — never another exception,
 * and never "undefined", "NaN" or "[object Object]" in the text. A fixed-seed generator keeps the
 * test reproducible.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, ScenarioError } from '../../src/scenario/index.js';

const sources = ['test/scenario/fixtures/two-schemes.yaml', 'scenarios/freight.yaml'].filter((file) => existsSync(file));
const pasted = ['', ' ', ':', '- ', '[', '{', '}', '*a', '&a ', '"', "'", '\t', '\n', '0', '-1', '1e400', '.nan', 'abc', '# ', '---\n', '!!str ', '<<: *a', '15%', '20 000', 'null'];

/** Park–Miller minimal standard generator (Park & Miller 1988): small, seedable, good enough to pick edits. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

describe.each(sources)('random damage to %s', (file) => {
  it('either loads or is explained', () => {
    const original = readFileSync(file, 'utf8');
    const random = generator(20261127);
    let explained = 0;
    for (let i = 0; i < 300; i++) {
      let text = original;
      const edits = 1 + Math.floor(random() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(random() * text.length);
        const cut = Math.floor(random() * 12);
        text = text.slice(0, at) + pasted[Math.floor(random() * pasted.length)] + text.slice(at + cut);
      }
      try {
        parseScenarioText(text, 'damaged.yaml');
      } catch (error) {
        expect(error).toBeInstanceOf(ScenarioError);
        const message = (error as ScenarioError).userMessage;
        expect(message).not.toMatch(/undefined|NaN|\[object /);
        expect(message.split('\n').filter((line) => line.startsWith('damaged.yaml')).length).toBeGreaterThan(0);
        explained++;
      }
    }
    expect(explained).toBeGreaterThan(100);
  });
});

it('a file nested thousands of levels deep is refused in one sentence', () => {
  expect(() => parseScenarioText('['.repeat(20_000), 'deep.yaml')).toThrow(/^deep\.yaml:1:\d+: the file nests too deeply to read/);
});
