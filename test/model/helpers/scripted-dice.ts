/**
 * Dice whose draws a test writes: `scriptedDraw(key, script)` is a `DrawAt` for `new Company(…, draw)`
 * that answers each draw with `script(purpose, entity, month, draw)`, or with the real die when the
 * script returns undefined. It recovers the purpose, month and draw index from the hashed keys the
 * phases pass (`purposeKeys[p]`, `monthKey(m, d)`), for months −240…480 and draw indices 0…63.
 */
import { monthKey, Purpose, purposeKey, uniformAt, type DrawAt } from '../../../src/model/random.js';

export type Script = (purpose: number, entity: number, month: number, draw: number) => number | undefined;

export function scriptedDraw(key: number, script: Script): DrawAt {
  const purposes = new Map<number, number>();
  for (const purpose of Object.values(Purpose)) purposes.set(purposeKey(key, purpose), purpose);
  const months = new Map<number, [number, number]>();
  const addDraws = (from: number, to: number) => {
    for (let month = -240; month <= 480; month++) for (let draw = from; draw < to; draw++) months.set(monthKey(month, draw), [month, draw]);
  };
  addDraws(0, 8);
  let many = false;
  return (purposeKeyOfDraw, entity, monthKeyOfDraw) => {
    const purpose = purposes.get(purposeKeyOfDraw);
    // Draw indices 8…63 (the gamma sampler's later attempts) are learnt only when first needed.
    if (!many && !months.has(monthKeyOfDraw)) {
      addDraws(8, 64);
      many = true;
    }
    const at = months.get(monthKeyOfDraw);
    if (purpose === undefined || at === undefined) throw new Error('scriptedDraw: a draw with a key it does not know');
    const scripted = script(purpose, entity, at[0], at[1]);
    return scripted ?? uniformAt(purposeKeyOfDraw, entity, monthKeyOfDraw);
  };
}

/** A script from a table: `{ [Purpose.Churn]: { 7: 0.2 } }` answers Churn draws of entity 7 with 0.2 in any month. */
export function byPurposeAndEntity(table: Record<number, Record<number, number>>, otherwise = 0.5): Script {
  return (purpose, entity) => table[purpose]?.[entity] ?? otherwise;
}

/** A die a test chooses: a number, or one that depends on the month and the draw index. */
export type Die = number | ((month: number, draw: number) => number);
/** Dice by purpose and entity: `{ [Purpose.Churn]: { 7: 0.2 } }`. */
export type Dice = Partial<Record<number, Record<number, Die>>>;

/**
 * A script where every draw is chosen: by purpose and entity from the table, else the purpose's
 * default; a draw the test did not choose fails it (so no real die slips into a worked example).
 */
export function chosenDice(table: Dice, defaults: Partial<Record<number, number>> = {}): Script {
  return (purpose, entity, month, draw) => {
    const die = table[purpose]?.[entity] ?? defaults[purpose];
    if (die === undefined) throw new Error(`a die the test did not choose: purpose ${purpose}, entity ${entity}, month ${month}, draw ${draw}`);
    return typeof die === 'function' ? die(month, draw) : die;
  };
}
