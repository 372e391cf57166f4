/**
 * Resolving a path written in a dataset ("sources/x.txt", "../ontology.json") against the dataset's
 * own location, which is a POSIX path in Node and a URL in the browser. Pure: no node:path, so the
 * same code runs in both.
 */

const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Scheme and authority of a URL ("https://example.org"), the part a relative path cannot change. */
const URL_ORIGIN = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;

function normalizePosix(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part === ".." && absolute) continue;
    else out.push(part);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}

/** The directory part of a POSIX path or URL ("data/x.json" -> "data/"), ending in "/" when not empty. */
function directoryOf(file: string): string {
  const slash = file.lastIndexOf("/");
  return slash === -1 ? "" : file.slice(0, slash + 1);
}

/** Resolves `relative` against the file `base` (not against a directory). */
export function resolveRelative(base: string, relative: string): string {
  if (URL_SCHEME.test(relative)) return relative;
  if (URL_SCHEME.test(base)) return new URL(relative, base).href;
  if (relative.startsWith("/")) return normalizePosix(relative);
  const directory = directoryOf(base.replaceAll("\\", "/"));
  return normalizePosix(`${directory}${relative.replaceAll("\\", "/")}`);
}

/** The path from the directory of `base` to `target` (a resolved POSIX path), or undefined. */
function relativePosix(base: string, target: string): string | undefined {
  const from = normalizePosix(directoryOf(base.replaceAll("\\", "/")) || ".").split("/");
  const to = normalizePosix(target).split("/");
  if (from[0] === "." && from.length === 1) from.length = 0;
  if ((from[0] === "") !== (to[0] === "")) return undefined;
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common);
  if (up.includes("..")) return undefined;
  return [...up.map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * A path that, written in the file `base`, names `target` (a path or URL resolved by
 * resolveRelative): relative where it can be, else `target` itself. Used when datasets are merged,
 * so a source text path written in an included file still names the same file from the including one.
 */
export function relativeTo(base: string, target: string): string {
  let candidate: string | undefined;
  if (URL_SCHEME.test(target)) {
    const from = URL_ORIGIN.exec(base);
    const to = URL_ORIGIN.exec(target);
    const toPath = target.slice(to?.[0].length ?? 0);
    if (from !== null && to !== null && from[0] === to[0] && !/[?#]/.test(toPath))
      candidate = relativePosix(base.slice(from[0].length).replace(/[?#].*$/, ""), toPath);
  } else if (!URL_SCHEME.test(base)) {
    candidate = relativePosix(base, target);
  }
  if (candidate !== undefined && candidate !== "" && resolveRelative(base, candidate) === target)
    return candidate;
  return target;
}
