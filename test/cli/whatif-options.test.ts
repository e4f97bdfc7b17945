/** `--shard i/n` read before the what-if stage gets it. */
import { describe, expect, it } from 'vitest';
import { parseShard } from '../../src/cli/whatif-options.js';

describe('--shard', () => {
  it('reads i/n and refuses the rest, quoting what was given', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(() => parseShard('0/8')).toThrow('--shard: expected i/n with 1 ≤ i ≤ n (e.g. 3/8), found "0/8"');
    expect(() => parseShard('9/8')).toThrow('--shard: expected i/n with 1 ≤ i ≤ n (e.g. 3/8), found "9/8"');
    expect(() => parseShard('2')).toThrow('--shard: expected i/n with 1 ≤ i ≤ n (e.g. 3/8), found "2"');
  });
});
