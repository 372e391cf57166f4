/**
 * Keeps the rooms small: no file in src/ over 400 lines, no function over 100 lines. Functions are
 * found with the TypeScript compiler's own parser (through TypeScript 7's API), so an arrow function
 * in an object literal counts as much as a declared one. Run by `npm run lint`.
 *
 *   npx tsx tests/support/check-limits.ts
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Node, SourceFile } from "typescript/unstable/ast";
import {
  isClassDeclaration,
  isFunctionLikeDeclaration,
  isIdentifier,
  isMethodDeclaration,
  isPropertyAssignment,
  isPropertyDeclaration,
  isVariableDeclaration,
} from "typescript/unstable/ast/is";
import { API } from "typescript/unstable/sync";

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 100;

/**
 * Rooms allowed to stay large for a while, each with the reason (a split in progress). Empty: every
 * file and function is within the limits. The check fails on an entry that fits again, so the list
 * cannot outlive its reason. A file is named by its path, a function by `path#outer/inner`
 * (`<anonymous>` for a callback).
 */
const ALLOWED: Record<string, string> = {};

export interface Oversize {
  /** `path` for a file, `path#outer/inner` for a function. */
  key: string;
  line: number;
  lines: number;
  limit: number;
}

function lineOf(file: SourceFile, position: number): number {
  return file.getLineAndCharacterOfPosition(position).line + 1;
}

/** The name a reader would look for: the declaration's own, or the variable or property it is assigned to. */
function functionName(node: Node): string {
  const named = node as Node & { name?: Node };
  if (named.name && isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (
    (isVariableDeclaration(parent) || isPropertyAssignment(parent) || isPropertyDeclaration(parent)) &&
    isIdentifier(parent.name)
  ) {
    return parent.name.text;
  }
  return "<anonymous>";
}

/** Every file and function of `file` over its limit; `path` is relative to the repository. */
export function oversizeIn(file: SourceFile, path: string): Oversize[] {
  const found: Oversize[] = [];
  const fileLines = file.getLineStarts().length - (file.text.endsWith("\n") ? 1 : 0);
  if (fileLines > MAX_FILE_LINES) found.push({ key: path, line: 1, lines: fileLines, limit: MAX_FILE_LINES });
  const visit = (node: Node, outer: string[]): void => {
    let inner = outer;
    if (isFunctionLikeDeclaration(node) && node.body) {
      inner = [...outer, functionName(node)];
      // From the first token, not the doc comment: a long comment is not a long function.
      const first = lineOf(file, node.getStart(file));
      const lines = lineOf(file, node.end) - first + 1;
      if (lines > MAX_FUNCTION_LINES) {
        found.push({ key: `${path}#${inner.join("/")}`, line: first, lines, limit: MAX_FUNCTION_LINES });
      }
    } else if (isClassDeclaration(node) && node.name) {
      inner = [...outer, node.name.text];
    } else if (isMethodDeclaration(node) && !node.body) {
      return;
    }
    node.forEachChild((child) => visit(child, inner));
  };
  visit(file, []);
  return found;
}

/** Problems to report: oversize rooms not in the allowlist, and allowlist entries no longer needed. */
export function limitProblems(oversize: Oversize[], allowed: Record<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const o of oversize) {
    seen.add(o.key);
    if (allowed[o.key] !== undefined) continue;
    const [path, fn] = o.key.split("#");
    const what = fn === undefined ? "file" : `function ${fn}`;
    problems.push(`${path}:${o.line}: ${what} is ${o.lines} lines (the limit is ${o.limit}); split it`);
  }
  for (const key of Object.keys(allowed)) {
    if (!seen.has(key)) {
      problems.push(
        `tests/support/check-limits.ts: "${key}" is within the limits now; remove it from ALLOWED`,
      );
    }
  }
  return problems;
}

/** Every file and function in `root`'s src/ over its limit, read through `root`'s tsconfig.json. */
export function findOversize(root: string): Oversize[] {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProjects: ["tsconfig.json"] });
    const program = snapshot.getProjects()[0]?.program;
    if (!program) throw new Error(`check-limits: TypeScript found no project in ${root}/tsconfig.json`);
    const oversize: Oversize[] = [];
    for (const name of program.getSourceFileNames()) {
      const path = relative(root, name).replaceAll("\\", "/");
      if (!path.startsWith("src/") || path.endsWith(".d.ts")) continue;
      const file = program.getSourceFile(name);
      if (file) oversize.push(...oversizeIn(file, path));
    }
    return oversize;
  } finally {
    api.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = limitProblems(findOversize(fileURLToPath(new URL("../..", import.meta.url))), ALLOWED);
  for (const p of problems) console.error(p);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
