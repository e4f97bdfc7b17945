// Runs many compsim command lines in one Node process, each as bin/compsim.js would run it: the
// compiled main() with the given arguments in the given folder, stdout and stderr captured, the
// exit code it returns. Starting Node once instead of fifty times keeps the catalogue fast.
// Usage: node cli-batch.mjs <request.json> <results.json>
// request: { "cwd": "...", "runs": [["run", "x.yaml", ...], ...] } → results: [{ code, stdout, stderr }, ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { main } = await import(fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url)));
const [requestFile, resultsFile] = process.argv.slice(2);
const request = JSON.parse(readFileSync(requestFile, 'utf8'));
process.chdir(request.cwd);

const results = [];
for (const args of request.runs) {
  const output = { stdout: '', stderr: '' };
  const original = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = (chunk) => ((output.stdout += String(chunk)), true);
  process.stderr.write = (chunk) => ((output.stderr += String(chunk)), true);
  let code;
  try {
    code = await main(args);
  } catch (error) {
    output.stderr += `uncaught: ${error instanceof Error ? error.stack : String(error)}`;
    code = null;
  } finally {
    process.stdout.write = original.stdout;
    process.stderr.write = original.stderr;
  }
  results.push({ code, ...output });
}
writeFileSync(resultsFile, JSON.stringify(results));
