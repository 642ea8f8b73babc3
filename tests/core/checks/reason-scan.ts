// Reads the check families' source and works out, for each check, which reason codes its evaluator can give: every
// code passed to verdictFor / messageFor in the code the evaluator reaches, followed through conditionals, local
// constants, wrapper functions' parameters and the `reason` fields of objects handed back by helpers.
import ts from 'typescript';

export interface ReasonScan {
  /** Reason codes (and "-note" fragments) each check id can give. */
  codes: Map<string, Set<string>>;
  /** Places where a reason is given in a way the scan cannot follow (each must be made plain). */
  unreadable: string[];
  /** Verdicts whose words are written in code (an object with a non-empty `message`). */
  wordedInCode: string[];
}

type FnNode = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

interface SourceFile {
  path: string;
  sf: ts.SourceFile;
  /** Function-like nodes declared in the file, by name (function declarations and consts holding a function). */
  functions: Map<string, FnNode[]>;
  /** Names imported from another file of the scan: local name -> path of that file. */
  imports: Map<string, string>;
}

const REASON_ARG: Record<string, number> = { verdictFor: 2, messageFor: 1 };

function isFn(n: ts.Node): n is FnNode {
  return ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((c) => walk(c, visit));
}

function resolvePath(from: string, spec: string, paths: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const p of spec.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  const base = parts.join('/');
  for (const candidate of [`${base}.ts`, `${base}/index.ts`]) if (paths.has(candidate)) return candidate;
  return null;
}

function readFile(path: string, text: string, paths: Set<string>): SourceFile {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const functions = new Map<string, FnNode[]>();
  const add = (name: string, fn: FnNode) => functions.set(name, [...(functions.get(name) ?? []), fn]);
  const imports = new Map<string, string>();
  walk(sf, (n) => {
    if (ts.isFunctionDeclaration(n) && n.name) add(n.name.text, n);
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isFn(n.initializer)) add(n.name.text, n.initializer);
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier) && n.importClause?.namedBindings) {
      const target = resolvePath(path, n.moduleSpecifier.text, paths);
      const bindings = n.importClause.namedBindings;
      if (target && ts.isNamedImports(bindings)) for (const el of bindings.elements) imports.set(el.name.text, target);
    }
  });
  return { path, sf, functions, imports };
}

function where(n: ts.Node): string {
  const sf = n.getSourceFile();
  return `${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
}

function nameOf(fn: FnNode): string | null {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return null;
}

function enclosingFn(n: ts.Node): FnNode | null {
  for (let p = n.parent; p; p = p.parent) if (isFn(p)) return p;
  return null;
}

/** Scans the given files (path -> source text): the checks they define (objects with an `id` and an `evaluate`) and their codes. */
export function scanReasons(files: ReadonlyMap<string, string>): ReasonScan {
  const paths = new Set(files.keys());
  const sources = new Map([...files].map(([path, text]) => [path, readFile(path, text, paths)]));
  const fileOf = (n: ts.Node) => sources.get(n.getSourceFile().fileName)!;
  const unreadable: string[] = [];
  const wordedInCode: string[] = [];

  /** The function nodes an identifier in `at` may name: same file first, else the file it is imported from. */
  function functionsNamed(name: string, at: ts.Node): FnNode[] {
    const file = fileOf(at);
    const local = file.functions.get(name);
    if (local) return local;
    const from = file.imports.get(name);
    return from ? (sources.get(from)?.functions.get(name) ?? []) : [];
  }

  /** Every function reachable from `start` through names it mentions. */
  function reachable(start: FnNode): FnNode[] {
    const seen = new Set<FnNode>([start]);
    const queue = [start];
    while (queue.length) {
      walk(queue.pop()!, (n) => {
        if (!ts.isIdentifier(n)) return;
        for (const fn of functionsNamed(n.text, n)) {
          if (!seen.has(fn)) {
            seen.add(fn);
            queue.push(fn);
          }
        }
      });
    }
    return [...seen];
  }

  function resolve(expr: ts.Expression, scope: FnNode[], depth = 0): Set<string> | null {
    if (depth > 12) return null;
    const e = ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) ? expr.expression : expr;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return new Set([e.text]);
    if (ts.isConditionalExpression(e)) return union([resolve(e.whenTrue, scope, depth + 1), resolve(e.whenFalse, scope, depth + 1)]);
    if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(e.operatorToken.kind))
      return union([resolve(e.left, scope, depth + 1), resolve(e.right, scope, depth + 1)]);
    // A chooser such as byCount(n, 'one-code', 'many-code'): its string arguments are the codes.
    if (ts.isCallExpression(e)) {
      const found = e.arguments.map((a) => (ts.isStringLiteral(a) || ts.isConditionalExpression(a) ? resolve(a, scope, depth + 1) : null));
      return found.some((f) => f !== null) ? union(found.filter((f) => f !== null)) : null;
    }
    if (ts.isIdentifier(e)) return resolveName(e, scope, depth);
    // judged.reason: the `reason` fields of the objects the reachable code builds.
    if (ts.isPropertyAccessExpression(e)) {
      const field = e.name.text;
      const found: Array<Set<string> | null> = [];
      for (const fn of scope)
        walk(fn, (n) => {
          if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === field && ts.isObjectLiteralExpression(n.parent))
            found.push(resolve(n.initializer, scope, depth + 1));
          if (ts.isShorthandPropertyAssignment(n) && n.name.text === field) found.push(resolveName(n.name, scope, depth + 1));
        });
      return found.length && found.every((f) => f !== null) ? union(found) : null;
    }
    return null;
  }

  function resolveName(id: ts.Identifier, scope: FnNode[], depth: number): Set<string> | null {
    for (let fn = enclosingFn(id); fn; fn = enclosingFn(fn)) {
      const values: Array<Set<string> | null> = [];
      walk(fn, (n) => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === id.text && n.initializer)
          values.push(resolve(n.initializer, scope, depth + 1));
      });
      if (values.length) return values.every((v) => v !== null) ? union(values) : null;
      const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
      if (index >= 0) {
        // A wrapper's parameter: the codes its callers in the reachable code pass.
        const name = nameOf(fn);
        if (!name) return null;
        const passed: Array<Set<string> | null> = [];
        for (const caller of scope)
          walk(caller, (n) => {
            if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name && n.arguments[index])
              passed.push(resolve(n.arguments[index], scope, depth + 1));
          });
        return passed.length && passed.every((v) => v !== null) ? union(passed) : null;
      }
    }
    return null;
  }

  const codes = new Map<string, Set<string>>();
  for (const file of sources.values()) {
    walk(file.sf, (n) => {
      if (ts.isObjectLiteralExpression(n)) {
        const prop = (name: string) =>
          n.properties.find(
            (p) => (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name && ts.isIdentifier(p.name) && p.name.text === name,
          );
        const message = prop('message');
        if (
          message &&
          ts.isPropertyAssignment(message) &&
          prop('status') &&
          !(ts.isStringLiteral(message.initializer) && message.initializer.text === '')
        )
          wordedInCode.push(where(n));
        const id = prop('id');
        const evaluate = prop('evaluate');
        if (!id || !evaluate || !ts.isPropertyAssignment(id) || !ts.isStringLiteral(id.initializer)) return;
        const start = ts.isMethodDeclaration(evaluate)
          ? evaluate
          : ts.isPropertyAssignment(evaluate) && isFn(evaluate.initializer)
            ? evaluate.initializer
            : ts.isPropertyAssignment(evaluate) && ts.isIdentifier(evaluate.initializer)
              ? functionsNamed(evaluate.initializer.text, evaluate)[0]
              : undefined;
        if (!start) {
          unreadable.push(`${where(evaluate)}: the evaluator of ${id.initializer.text}`);
          return;
        }
        const checkId = id.initializer.text;
        const scope = reachable(start);
        const found = new Set<string>();
        for (const fn of scope)
          walk(fn, (c) => {
            if (!ts.isCallExpression(c) || !ts.isIdentifier(c.expression) || !(c.expression.text in REASON_ARG)) return;
            const arg = c.arguments[REASON_ARG[c.expression.text]!];
            const got = arg ? resolve(arg, scope) : null;
            if (got) for (const code of got) found.add(code);
            else unreadable.push(`${where(c)} (reached from ${checkId})`);
          });
        codes.set(checkId, new Set([...(codes.get(checkId) ?? []), ...found]));
      }
    });
  }
  return { codes, unreadable: [...new Set(unreadable)], wordedInCode };
}

function union(sets: Array<Set<string> | null>): Set<string> | null {
  if (sets.some((s) => s === null)) return null;
  return new Set(sets.flatMap((s) => [...s!]));
}
