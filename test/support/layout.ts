// Static checks on the test files themselves, used by test/rule-tables.test.ts and
// test/test-hygiene.test.ts: whether a rule's file has a rule table (read with the TypeScript
// parser, without running it), and whether a test file makes temp folders or names /work paths.
import ts from 'typescript';

export interface TableInfo {
  /** The id given to ruleTester(...). */
  rule: string;
  /** Cases written in the table (spreads not counted), and spreads (counted only when the table runs). */
  valid: number;
  invalid: number;
  spreads: number;
  line: number;
}

const str = (n: ts.Node | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);

/** Every `ruleTester('<id>', …).run({ valid: [...], invalid: [...] })` in a source, with its case counts. */
export function findTables(source: string, fileName = 'x.test.ts'): { tables: TableInfo[]; problems: string[] } {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const testers = new Map<string, string>(); // variable -> rule id
  const objects = new Map<string, ts.ObjectLiteralExpression>(); // const TABLE = { ... }
  const tables: TableInfo[] = [];
  const problems: string[] = [];
  const testerId = (e: ts.Expression): string | undefined => {
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'ruleTester') return str(e.arguments[0]) ?? '(not a string)';
    if (ts.isIdentifier(e)) return testers.get(e.text);
    return undefined;
  };
  const count = (o: ts.ObjectLiteralExpression, key: string) => {
    const p = o.properties.find((x) => (ts.isPropertyAssignment(x) || ts.isShorthandPropertyAssignment(x)) && x.name.getText(sf) === key);
    let init: ts.Expression | undefined = p && ts.isPropertyAssignment(p) ? p.initializer : undefined;
    if (init && ts.isAsExpression(init)) init = init.expression;
    if (!init || !ts.isArrayLiteralExpression(init)) return undefined;
    return { cases: init.elements.filter((x) => !ts.isSpreadElement(x)).length, spreads: init.elements.filter(ts.isSpreadElement).length };
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const id = testerId(node.initializer);
      if (id !== undefined) testers.set(node.name.text, id);
      if (ts.isObjectLiteralExpression(node.initializer)) objects.set(node.name.text, node.initializer);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'run') {
      const rule = testerId(node.expression.expression);
      if (rule !== undefined) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        let arg = node.arguments[0];
        if (arg && ts.isIdentifier(arg)) arg = objects.get(arg.text) ?? arg;
        if (!arg || !ts.isObjectLiteralExpression(arg)) problems.push(`line ${line}: the ${rule} table is not written as { valid: [...], invalid: [...] } in this file`);
        else {
          const v = count(arg, 'valid');
          const i = count(arg, 'invalid');
          if (!v || !i) problems.push(`line ${line}: the ${rule} table needs \`valid\` and \`invalid\` arrays written in place`);
          else tables.push({ rule, valid: v.cases, invalid: i.cases, spreads: v.spreads + i.spreads, line });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { tables, problems };
}

/** What keeps a rule's test file from being its table: no tester, a table for another rule, a table without valid or invalid cases. */
export function tableProblems(rule: string, source: string | undefined): string[] {
  if (source === undefined) return [`test/rules/${rule}.test.ts is missing: every built-in rule has a table there`];
  if (!/from '\.\.\/rule-tester\.js'/.test(source)) return [`test/rules/${rule}.test.ts does not use the rule tester (import { ruleTester } from '../rule-tester.js')`];
  const { tables, problems } = findTables(source, `${rule}.test.ts`);
  const out = [...problems];
  if (!tables.length && !problems.length) out.push(`test/rules/${rule}.test.ts has no ruleTester('${rule}').run({ valid, invalid }) table`);
  for (const t of tables) {
    if (t.rule !== rule) out.push(`line ${t.line}: a table for '${t.rule}' in the file of '${rule}': it belongs in test/rules/${t.rule}.test.ts`);
    if (t.valid < 1) out.push(`line ${t.line}: the ${t.rule} table has no valid case written in it`);
    if (t.invalid < 1) out.push(`line ${t.line}: the ${t.rule} table has no invalid case written in it`);
  }
  return out;
}

/** A test source that makes temp folders itself (instead of test/support/temp.ts) or names a /work path. */
export function hygieneProblems(path: string, source: string): string[] {
  const out: string[] = [];
  const code = source.replace(/^\s*\/\/.*$/gm, ''); // comments may say where things were
  if (/\bmkdtemp(Sync)?\s*\(|\btmpdir\s*\(/.test(code)) out.push(`${path}: makes a temp folder itself: use makeTempDir/tempDir from test/support/temp.ts, which removes it`);
  const abs = code.match(/['"`]\/work(\/[^'"`\n]*)?['"`]/);
  if (abs) out.push(`${path}: names an absolute /work path (${abs[0]}): resolve from the repository (test/support/paths.ts: REPO_ROOT, sharedDir)`);
  return out;
}
