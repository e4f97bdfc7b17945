/**
 * The calibrated scenario file: the original text with the fitted values written over the old
 * ones in place, so every other byte — layout, comments, their alignment — stays as it was; the
 * changed lines' comments say where the value came from, and a comment block after the file's own
 * header says what was fitted to what. A value the file leaves to its default has no line to
 * change: then the file is rewritten through the yaml library's document model, which keeps the
 * comments but not their alignment (the header says so).
 */
import { isScalar, parseDocument } from 'yaml';
import { parseScenarioText } from '../scenario/index.js';
import { pathSegments } from './scenario-path.js';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The end of the line holding `offset`. */
function lineEnd(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end < 0 ? source.length : end;
}

/** Where the header block goes: after the leading comment lines (and the blank line after them). */
function headerOffset(source: string): number {
  let offset = 0;
  while (offset < source.length) {
    const end = lineEnd(source, offset);
    const line = source.slice(offset, end).trim();
    if (line !== '' && !line.startsWith('#')) break;
    offset = end + 1;
  }
  return Math.min(offset, source.length);
}

/** The words the file gets, from the caller's message table (src/cli/whatif-messages.ts). */
export interface CalibratedFileNotes {
  /** The comment put after a changed value; `was` is the value as the file had it. */
  changed: (was: string) => string;
  /** A header line saying the file was rewritten through the document model. */
  rewritten: string;
}

export function calibratedScenarioText(source: string, values: Record<string, number>, header: string[], fileName: string, notes: CalibratedFileNotes): string {
  const document = parseDocument(source);
  const data = document.toJS() as unknown;
  const edits: Edit[] = [];
  const missing: [(string | number)[], number][] = [];
  for (const [path, value] of Object.entries(values)) {
    const segments = pathSegments(data, path) ?? path.split('.');
    const node = document.getIn(segments, true);
    if (isScalar(node) && node.range) {
      const [start, valueEnd] = node.range;
      const end = lineEnd(source, valueEnd);
      const rest = source.slice(valueEnd, end);
      const hash = rest.indexOf('#');
      const note = `# ${notes.changed(source.slice(start, valueEnd).trim())}`;
      const spacing = hash >= 0 ? rest.slice(0, hash) : '  ';
      edits.push({ start, end, text: `${value}${spacing}${note}` });
    } else missing.push([segments, value]);
  }
  let text: string;
  const lines = [...header];
  if (missing.length === 0) {
    text = source;
    for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  } else {
    for (const [segments, value] of [...missing, ...Object.entries(values).map(([p, v]) => [pathSegments(data, p) ?? p.split('.'), v] as [(string | number)[], number])]) {
      document.setIn(segments, value);
    }
    lines.push(notes.rewritten);
    text = document.toString({ lineWidth: 0 });
  }
  const at = headerOffset(text);
  const block = lines.map((line) => `# ${line}`.trimEnd()).join('\n') + '\n\n';
  text = text.slice(0, at) + block + text.slice(at);
  // The result must load like any scenario file; a failure here is a bug, not a user mistake.
  parseScenarioText(text, fileName);
  return text;
}
