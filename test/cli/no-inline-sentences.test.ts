/**
 * No sentence a user reads is written outside the message tables (STYLE.md): the command line's
 * words are in src/cli/messages.ts and src/cli/whatif-messages.ts, the pages' in
 * src/report/i18n.ts, and the what-if stage writes none (its errors and findings carry codes).
 *
 * The rule is read from the syntax tree (the TypeScript parser), not from lines, so comments, JSDoc
 * and code layout never matter: a string or template literal "has words" when a word of two or
 * more letters touches a space (`'Wrote '`, `' and '`, `' (baseline)'`, `'a list'`), which no
 * identifier, path, code such as `'zero-value'` or separator such as `': '` does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The message tables: the only files of src/cli/ and src/whatif/ that may hold sentences. */
const TABLES = ['cli/messages.ts', 'cli/whatif-messages.ts'];
/**
 * Declarations of commands and options for yargs (command, describe, examples): the help text,
 * kept with each command as its definition (see src/cli/commands/index.ts). They may describe
 * options, but may not throw or print a sentence either.
 */
const HELP = (file: string): boolean => file === 'cli/shared-options.ts' || (file.startsWith('cli/commands/') && !file.endsWith('-action.ts') && file !== 'cli/commands/index.ts');

const WORDS = /\p{L}{2,}\s|\s["'(«“[]?\p{L}{2,}/u;

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

interface Literal {
  text: string;
  line: number;
  /** Inside `throw …`, `new …Error(…)` or a write to stdout or stderr. */
  said: boolean;
}

/** The literal pieces of text of a file (a template literal gives one piece per stretch of text). */
function literals(file: string, text: string): Literal[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Literal[] = [];
  const isSaying = (node: ts.Node): boolean => {
    if (ts.isThrowStatement(node)) return true;
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) return true;
    if (ts.isCallExpression(node) && /^process\.std(out|err)\.write$|^console\./.test(node.expression.getText(source))) return true;
    return false;
  };
  const visit = (node: ts.Node, said: boolean): void => {
    const inside = said || isSaying(node);
    const add = (piece: string, at: ts.Node): void => {
      found.push({ text: piece, line: source.getLineAndCharacterOfPosition(at.getStart(source)).line + 1, said: inside });
    };
    // Module names (`import … from './x.js'`) are not text anybody reads.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node.text, node);
    else if (ts.isTemplateExpression(node)) {
      add(node.head.text, node.head);
      for (const span of node.templateSpans) add(span.literal.text, span.literal);
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source, false);
  return found;
}

const files = sources(SRC)
  .map((path) => ({ file: relative(SRC, path), text: readFileSync(path, 'utf8') }))
  .filter(({ file }) => file.startsWith('cli/') || file.startsWith('whatif/'));
const withWords = (pick: (file: string, literal: Literal) => boolean): string[] =>
  files.flatMap(({ file, text }) => literals(file, text).filter((l) => WORDS.test(l.text) && pick(file, l)).map((l) => `${file}:${l.line} ${JSON.stringify(l.text)}`));

describe('sentences live in the message tables', () => {
  it('the rule sees words in literals and template literals, and not in paths, codes or separators', () => {
    const pieces = literals('x.ts', "throw new UserError(`Wrote ${a} and ${b}`); const c = 'zero-value', d = ': ', e = ' (baseline)', f = 'a list';").map((l) => l.text);
    expect(pieces.filter((p) => WORDS.test(p))).toEqual(['Wrote ', ' and ', ' (baseline)', 'a list']);
    expect(literals('x.ts', "import { a } from './a b.js'; process.stdout.write(`${x}: ${y}\\n`);").filter((l) => WORDS.test(l.text))).toEqual([]);
  });

  it('src/cli/ throws and prints no sentence of its own, help declarations included', () => {
    expect(withWords((file, literal) => file.startsWith('cli/') && !TABLES.includes(file) && literal.said)).toEqual([]);
  });

  it('src/cli/ writes no sentence outside the tables and the help declarations', () => {
    expect(withWords((file) => file.startsWith('cli/') && !TABLES.includes(file) && !HELP(file))).toEqual([]);
  });

  it('src/whatif/ writes no sentence at all: its errors and findings carry codes', () => {
    expect(withWords((file) => file.startsWith('whatif/'))).toEqual([]);
  });
});
