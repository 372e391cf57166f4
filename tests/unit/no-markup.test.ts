import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Text from datasets, files and articles must reach the DOM only as text. This test scans the
 * app's source for the APIs that turn a string into markup or code, and fails naming file:line.
 * A line that must use one of them on a constant (never data) can say so with a
 * `// no-markup-ok: <why>` comment on the line or the line above; the reason is then reviewable.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const SOURCE_DIRS = ["src"];
const SOURCE_EXTENSIONS = /\.(ts|tsx|js|mjs|cjs|jsx)$/;

interface Rule {
  name: string;
  pattern: RegExp;
}

const RULES: Rule[] = [
  { name: "innerHTML", pattern: /\.\s*innerHTML\b|\[\s*["'`]innerHTML["'`]\s*\]/ },
  { name: "outerHTML", pattern: /\.\s*outerHTML\b|\[\s*["'`]outerHTML["'`]\s*\]/ },
  { name: "insertAdjacentHTML", pattern: /\binsertAdjacentHTML\b/ },
  { name: "document.write", pattern: /\bdocument\s*\.\s*write(ln)?\s*\(/ },
  { name: "setHTMLUnsafe / parseHTMLUnsafe", pattern: /\b(set|parse)HTMLUnsafe\b/ },
  { name: "createContextualFragment", pattern: /\bcreateContextualFragment\b/ },
  { name: "srcdoc", pattern: /\.\s*srcdoc\b|["'`]srcdoc["'`]/ },
  { name: "dangerouslySetInnerHTML", pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: "eval", pattern: /(^|[^.\w$])eval\s*\(/ },
  { name: "new Function", pattern: /\bnew\s+Function\s*\(|(^|[^.\w$])Function\s*\(\s*["'`]/ },
  { name: "string timer (eval in disguise)", pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/ },
  {
    name: "setAttribute('on…') (inline event handler)",
    pattern: /\bsetAttribute(NS)?\s*\(\s*(?:[^,]*,\s*)?["'`]on/i,
  },
  { name: "inline handler assigned a string", pattern: /\.\s*on[a-z]+\s*=\s*["'`]/ },
  { name: "javascript: URL", pattern: /javascript\s*:/i },
  {
    // A URL from data could be javascript:…; an href/src may only be a literal or pass a URL check.
    name: "href/src/action set from a non-literal (use a http(s)-only URL check)",
    pattern:
      /\.\s*(href|src|action|formAction)\s*=(?!=)(?!\s*["'`][^"'`$]*["'`]\s*;?\s*$)|\bsetAttribute(NS)?\s*\(\s*(?:[^,]*,\s*)?["'`](href|src|action|formaction|xlink:href)["'`]\s*,(?!\s*["'`][^"'`$]*["'`]\s*\))/,
  },
  {
    // The same through an element builder: h("a", { attrs: { href: url } }).
    name: "href/src in an attrs object from a non-literal (check http(s) just before)",
    pattern: /\battrs\s*:\s*\{[^}]*\b(href|src|action|formaction)["']?\s*:(?!\s*["'`][^"'`$]*["'`]\s*[,}])/,
  },
];

/** A reviewed URL sink: the value passes through a check that only lets http(s) through. */
const URL_CHECK = /\b(safeUrl|safeHref|httpUrl|isSafeUrl|isHttpUrl)\s*\(/;
/** The same check written out within the few lines before the sink, or a blob: URL made here. */
const URL_CHECK_NEARBY =
  /\^https\?:|\bcreateObjectURL\s*\(|\b(safeUrl|safeHref|httpUrl|isSafeUrl|isHttpUrl)\s*\(/;

/**
 * Blanks out comments (keeping line numbers and string contents), so prose such as
 * "never use innerHTML" does not trip the rules while code in strings still does.
 */
function stripComments(source: string): string {
  let out = "";
  let i = 0;
  let quote: string | null = null;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (quote) {
      out += c;
      if (c === "\\") {
        out += next ?? "";
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i += 1;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
      i += 1;
    } else if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") {
        out += " ";
        i += 1;
      }
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

interface Finding {
  line: number;
  rule: string;
  text: string;
}

function scanSource(source: string): Finding[] {
  const rawLines = source.split("\n");
  const lines = stripComments(source).split("\n");
  const findings: Finding[] = [];
  lines.forEach((line, index) => {
    const waived =
      /no-markup-ok:\s*\S/.test(rawLines[index] ?? "") ||
      /no-markup-ok:\s*\S/.test(rawLines[index - 1] ?? "");
    if (waived) return;
    for (const rule of RULES) {
      if (!rule.pattern.test(line)) continue;
      if (rule.name.startsWith("href/src") && URL_CHECK.test(line)) continue;
      const before = lines.slice(Math.max(0, index - 4), index + 1).join("\n");
      if (rule.name.startsWith("href/src in an attrs") && URL_CHECK_NEARBY.test(before)) continue;
      findings.push({ line: index + 1, rule: rule.name, text: (rawLines[index] ?? "").trim() });
    }
  });
  return findings;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : SOURCE_EXTENSIONS.test(entry) ? [path] : [];
  });
}

describe("no data as markup", () => {
  it("the scanner catches every forbidden pattern (so a clean result means something)", () => {
    const bad = [
      "el.innerHTML = actor.label;",
      'el["innerHTML"] = x;',
      "el.outerHTML = x;",
      'el.insertAdjacentHTML("beforeend", x);',
      "document.write(x);",
      "document.writeln(x);",
      "el.setHTMLUnsafe(x);",
      "range.createContextualFragment(x);",
      "frame.srcdoc = x;",
      "const p = { dangerouslySetInnerHTML: { __html: x } };",
      "eval(code);",
      "const f = new Function('a', body);",
      'setTimeout("alert(1)", 10);',
      'el.setAttribute("onclick", handler);',
      'el.onerror = "alert(1)";',
      'const u = "javascript:alert(1)";',
      "link.href = source.url;",
      'link.setAttribute("href", source.url);',
      "img.src = `$" + "{base}/x`;",
      'const a = h("a", { text: "source", attrs: { href: source.url } });',
      'h("img", { attrs: { alt: "", src: actor.image } });',
    ];
    for (const line of bad) expect(scanSource(line), line).toHaveLength(1);
  });

  it("the scanner leaves text-only DOM code, comments and checked URLs alone", () => {
    const good = [
      "el.textContent = actor.label;",
      "const li = document.createElement('li'); li.append(label);",
      "// never use innerHTML or eval( here",
      "/* el.innerHTML = x */ el.textContent = x;",
      'link.href = "https://example.org/";',
      "link.href = safeUrl(source.url) ?? '#';",
      'el.setAttribute("aria-label", actor.label);',
      'el.setAttribute("href", "#details");',
      'h("a", { attrs: { href: "#top", rel: "noopener" } });',
      'if (/^https?:\\/\\//i.test(url)) {\n  h("a", { attrs: { href: url } });\n}',
      'const u = URL.createObjectURL(blob);\nconst a = h("a", { attrs: { href: u, download: name } });',
      "const ok = a.href === b.href;",
      "el.addEventListener('click', onClick);",
      "const evaluation = evaluate(x);",
      "el.innerHTML = ''; // no-markup-ok: clears a container, no data",
    ];
    for (const line of good) expect(scanSource(line), line).toEqual([]);
  });

  it("src/** sends no data through markup or code-evaluating APIs", () => {
    const files = SOURCE_DIRS.flatMap((dir) => listFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(0);
    const report = files.flatMap((file) =>
      scanSource(readFileSync(file, "utf8")).map(
        (f) => `${relative(ROOT, file)}:${f.line}: ${f.rule}: ${f.text}`,
      ),
    );
    expect(report, report.join("\n")).toEqual([]);
  });

  it("index.html has no inline script or inline event handler (the CSP forbids them)", () => {
    const file = join(ROOT, "index.html");
    if (!existsSync(file)) return; // the explorer page is not there yet
    const html = readFileSync(file, "utf8");
    const problems: string[] = [];
    html.split("\n").forEach((line, index) => {
      if (/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(line))
        problems.push(`index.html:${index + 1}: inline <script>`);
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(line))
        problems.push(`index.html:${index + 1}: inline on… handler`);
      if (/javascript\s*:/i.test(line)) problems.push(`index.html:${index + 1}: javascript: URL`);
    });
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("biome keeps the lint rules that back this up switched on", () => {
    const biome = JSON.parse(readFileSync(join(ROOT, "biome.json"), "utf8")) as {
      linter?: { rules?: { security?: Record<string, unknown> } };
    };
    expect(biome.linter?.rules?.security?.noDangerouslySetInnerHtml).toBe("error");
  });
});
