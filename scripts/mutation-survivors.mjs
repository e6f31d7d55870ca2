#!/usr/bin/env node
// Lists the mutants a StrykerJS run left alive, file by file, with the score of each file:
//   node scripts/mutation-survivors.mjs [reports/mutation/mutation.json] [--file caa-record] [--markdown]
// Read it beside the source: each line is `line:column mutator  original → replacement`.
// `--markdown` writes the same as a Markdown list (docs/mutation-survivors.md is made with it).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const fileFilter = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const reportPath = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--file');
const report = JSON.parse(readFileSync(reportPath ?? 'reports/mutation/mutation.json', 'utf8'));

const markdown = args.includes('--markdown');
const KILLED = new Set(['Killed', 'Timeout']);
const ALIVE = new Set(['Survived', 'NoCoverage']);
const oneLine = (text) => text.replace(/\s+/g, ' ').slice(0, 90);

let killed = 0;
let counted = 0;
for (const [path, file] of Object.entries(report.files).sort()) {
  if (fileFilter !== undefined && !path.includes(fileFilter)) continue;
  const mutants = file.mutants.filter((mutant) => KILLED.has(mutant.status) || ALIVE.has(mutant.status));
  const alive = mutants.filter((mutant) => ALIVE.has(mutant.status));
  killed += mutants.length - alive.length;
  counted += mutants.length;
  const score = mutants.length === 0 ? 100 : (100 * (mutants.length - alive.length)) / mutants.length;
  const heading = `${path}  ${score.toFixed(1)}% (${alive.length} alive of ${mutants.length})`;
  console.log(markdown ? `\n### ${heading}\n` : `\n${heading}`);
  const lines = file.source.split('\n');
  for (const mutant of alive.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { start, end } = mutant.location;
    const original =
      start.line === end.line
        ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
        : `${lines[start.line - 1].slice(start.column - 1)}…`;
    const status = mutant.status === 'NoCoverage' ? ' (no test runs it)' : '';
    const line = `${start.line}:${start.column} ${mutant.mutatorName}${status}  ${oneLine(original)} → ${oneLine(mutant.replacement ?? '')}`;
    console.log(markdown ? `- \`${line.replaceAll('`', "'")}\`` : `  ${line}`);
  }
}
console.log(`\nscore ${counted === 0 ? '—' : ((100 * killed) / counted).toFixed(1)}% (${killed} of ${counted})`);
