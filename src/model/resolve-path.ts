/**
 * Resolving a path written in a dataset ("sources/x.txt", "../ontology.json") against the dataset's
 * own location, which is a POSIX path in Node and a URL in the browser. Pure: no node:path, so the
 * same code runs in both.
 */

const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

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
