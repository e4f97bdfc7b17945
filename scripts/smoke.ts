import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ScenarioSchema } from '../src/scenario/schema.js';
import { compileScheme } from '../src/schemes/compile.js';
import { makeExperiment, simulateRun, RECORDED_INDEX } from '../src/engine/protocol.js';
const sc = ScenarioSchema.parse(parse(readFileSync('scenarios/freight.yaml', 'utf8')));
const over = process.argv[2] ? JSON.parse(process.argv[2]) : {};
Object.assign(sc.behavior, over.behavior ?? {}); Object.assign(sc.clients, over.clients ?? {});
const schemes = sc.schemes.map((s) => compileScheme(s, sc.team.hiringLagMonths));
const ex = makeExperiment(sc, schemes, schemes.map((_, i) => i), 7);
const runs = Number(process.argv[3] ?? 20);
const t0 = Date.now();
const acc: Record<string, number[]> = {};
let cm = 0;
for (let r = 0; r < runs; r++) {
  const out = simulateRun(ex, r);
  cm += out.clientMonths;
  for (const rec of out.records) {
    const id = schemes[rec.scheme].id;
    const n = rec.months;
    const sum = (name: keyof typeof RECORDED_INDEX) => { let s = 0; for (let m = 0; m < n; m++) s += rec.monthly[RECORDED_INDEX[name] * n + m]; return s; };
    const last = (name: keyof typeof RECORDED_INDEX) => rec.monthly[RECORDED_INDEX[name] * n + n - 1];
    const h = sum('huntHours'), a = sum('activateHours'), f = sum('farmHours');
    const v = [ (h + a) / (h + a + f), f / (h + a + f), sum('netProfit') / 1e6, sum('revenue') / 1e6, sum('newContracts'), last('activeClients'), last('stuckContracted'), sum('churnedClients'), sum('managerQuits'), sum('clientsLostWithManagers'), sum('compCost') / sum('managers'), sum('dormantClients'), h/(h+a+f), last('contractedClients'), sum('activations')];
    acc[id] = (acc[id] ?? new Array(v.length).fill(0)).map((x, i) => x + v[i] / runs);
  }
}
console.log('ms', Date.now() - t0, 'clientMonths', cm);
console.log('scheme'.padEnd(22), 'h+a  farm  netProfitM revenueM newC  active stuck churn quits lostW pay dormant hunt contracted activations');
for (const [id, v] of Object.entries(acc)) console.log(id.padEnd(22), v.map((x) => x.toFixed(x < 2 ? 3 : 0)).join('  '));
