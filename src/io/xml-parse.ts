/**
 * A small, strict, non-validating XML 1.0 parser with namespaces, for reading GEXF.
 *
 * Why not DOMParser / @xmldom/xmldom: the browser has DOMParser but Node does not, and xmldom 0.8
 * is lenient (a mismatched end tag is only a warning, control characters vanish silently), so the
 * two would accept different files and report errors differently. This one runs the same in both,
 * reports every syntax error with line and column, and refuses DOCTYPE declarations outright, so
 * entity tricks (XXE, "billion laughs") are never expanded. Only the five predefined entities and
 * character references are understood.
 */

export interface XmlAttribute {
  /** Qualified name as written ("viz:x" or "id"). */
  name: string;
  local: string;
  /** Namespace URI; unprefixed attributes have none. */
  ns: string | undefined;
  value: string;
}

export interface XmlElement {
  type: "element";
  name: string;
  local: string;
  ns: string | undefined;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
  /** Offsets of the start tag in the input, `<` to `>` inclusive-exclusive. */
  startTag: { from: number; to: number };
}

export interface XmlText {
  type: "text";
  value: string;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: XmlSyntaxProblem };

class XmlSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** Characters XML 1.0 forbids anywhere in a document (with `u`, a lone surrogate is one of them). */
const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME =
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][-.0-9A-Za-z_:\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]*/uy;
const WHITESPACE = /[ \t\r\n]*/y;
const TEXT_END = /[<&]/g;
const ATTRIBUTE_RUN = /[^<&"'\t\n\r]*/y;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const PREDEFINED_REFERENCES = Object.entries(PREDEFINED).map(
  ([name, value]) => [`&${name};`, value] as const,
);

/** Offsets at which lines start; a CR LF pair counts as one line break. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of an offset, given the line starts (binary search: large files stay linear). */
function positionIn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** 1-based line and column of an offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  return positionIn(lineStarts(text), offset);
}

function isCharCode(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

interface RawElement {
  element: XmlElement;
  /** Namespace bindings in scope for this element (prefix -> URI; "" is the default namespace). */
  scope: Map<string, string>;
  text: string;
}

class Parser {
  private pos = 0;
  private starts: number[] | undefined;

  constructor(private readonly src: string) {}

  private position(offset: number): { line: number; column: number } {
    this.starts ??= lineStarts(this.src);
    return positionIn(this.starts, offset);
  }

  parse(): XmlElement {
    const illegal = ILLEGAL_CHAR.exec(this.src);
    if (illegal) {
      const code = illegal[0].codePointAt(0) ?? 0;
      throw new XmlSyntaxError(
        illegal.index,
        `character U+${code.toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML`,
      );
    }
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (this.src.startsWith("<?xml", this.pos) && /[ \t\r\n?]/.test(this.src.charAt(this.pos + 5))) {
      this.skipProcessingInstruction(true);
    }
    this.skipMisc();
    if (this.src.startsWith("<!DOCTYPE", this.pos)) {
      throw new XmlSyntaxError(
        this.pos,
        "DOCTYPE declarations are not accepted (they can define entities that expand external files or explode in size); remove it",
      );
    }
    if (this.src.charAt(this.pos) !== "<") {
      throw new XmlSyntaxError(
        this.pos,
        this.pos >= this.src.length ? "no root element" : "expected the root element",
      );
    }
    const root = this.parseElementTree();
    this.skipMisc();
    if (this.pos < this.src.length) {
      throw new XmlSyntaxError(this.pos, "content after the root element (a document has exactly one root)");
    }
    return root;
  }

  private fail(message: string, at = this.pos): never {
    throw new XmlSyntaxError(at, message);
  }

  private skipWhitespace(): boolean {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.src);
    const moved = WHITESPACE.lastIndex > this.pos;
    this.pos = WHITESPACE.lastIndex;
    return moved;
  }

  /** Whitespace, comments and processing instructions around the root element. */
  private skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.src.startsWith("<!--", this.pos)) this.skipComment();
      else if (this.src.startsWith("<?", this.pos)) this.skipProcessingInstruction(false);
      else return;
    }
  }

  private skipComment(): void {
    const start = this.pos;
    const end = this.src.indexOf("-->", this.pos + 4);
    if (end === -1) this.fail("unclosed comment", start);
    const doubleHyphen = this.src.indexOf("--", this.pos + 4);
    if (doubleHyphen < end) this.fail('"--" is not allowed inside a comment', doubleHyphen);
    this.pos = end + 3;
  }

  private skipProcessingInstruction(isDeclaration: boolean): void {
    const start = this.pos;
    this.pos += 2;
    const target = this.readName("processing instruction target");
    if (!isDeclaration && target.toLowerCase() === "xml") {
      this.fail("the XML declaration is only allowed at the very start of the file", start);
    }
    const end = this.src.indexOf("?>", this.pos);
    if (end === -1) this.fail("unclosed processing instruction", start);
    this.pos = end + 2;
  }

  private readName(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`expected ${what}`);
    this.pos = NAME.lastIndex;
    return m[0];
  }

  /** A reference after "&": returns its replacement text. */
  private readReference(): string {
    const start = this.pos;
    // Fast path for the five predefined entities, by far the most common references.
    for (const [reference, value] of PREDEFINED_REFERENCES) {
      if (this.src.startsWith(reference, start)) {
        this.pos = start + reference.length;
        return value;
      }
    }
    this.pos++;
    if (this.src.charAt(this.pos) === "#") {
      const m = /#(?:x([0-9A-Fa-f]+)|([0-9]+));/y;
      m.lastIndex = this.pos;
      const ref = m.exec(this.src);
      if (!ref) this.fail('malformed character reference (expected "&#123;" or "&#x7B;")', start);
      const code = ref[1] !== undefined ? Number.parseInt(ref[1], 16) : Number.parseInt(ref[2] ?? "", 10);
      if (!isCharCode(code))
        this.fail(`character reference to U+${code.toString(16).toUpperCase()} is not allowed in XML`, start);
      this.pos = m.lastIndex;
      return String.fromCodePoint(code);
    }
    NAME.lastIndex = this.pos;
    const name = NAME.exec(this.src);
    if (!name || this.src.charAt(NAME.lastIndex) !== ";") {
      this.fail('"&" must start a reference such as "&amp;" (write a literal ampersand as "&amp;")', start);
    }
    const value = PREDEFINED[name[0]];
    if (value === undefined) {
      this.fail(
        `undefined entity "&${name[0]};" (only &lt; &gt; &amp; &quot; &apos; and character references are allowed)`,
        start,
      );
    }
    this.pos = NAME.lastIndex + 1;
    return value;
  }

  private readAttributeValue(): string {
    const quote = this.src.charAt(this.pos);
    if (quote !== '"' && quote !== "'") this.fail("expected a quoted attribute value");
    const start = this.pos;
    this.pos++;
    let value = "";
    for (;;) {
      const c = this.src.charAt(this.pos);
      if (c === "") this.fail("unclosed attribute value", start);
      if (c === quote) {
        this.pos++;
        return value;
      }
      if (c === "<") this.fail('"<" is not allowed in an attribute value (write "&lt;")');
      if (c === "&") {
        value += this.readReference();
        continue;
      }
      // Attribute-value normalisation: literal line breaks and tabs become spaces (CR LF is one break).
      if (c === "\t" || c === "\n" || c === "\r") {
        if (c === "\r" && this.src.charAt(this.pos + 1) === "\n") this.pos++;
        value += " ";
        this.pos++;
        continue;
      }
      // A run of ordinary characters at once: a megabyte label must not cost a megabyte of concatenations.
      ATTRIBUTE_RUN.lastIndex = this.pos;
      ATTRIBUTE_RUN.exec(this.src);
      const end = Math.max(ATTRIBUTE_RUN.lastIndex, this.pos + 1);
      const run = this.src.slice(this.pos, end);
      const stop = run.indexOf(quote);
      value += stop === -1 ? run : run.slice(0, stop);
      this.pos += stop === -1 ? run.length : stop;
    }
  }

  private parseStartTag(parentScope: Map<string, string>): { raw: RawElement; selfClosing: boolean } {
    const from = this.pos;
    const position = this.position(from);
    this.pos++;
    const name = this.readName("an element name");
    const rawAttributes: { name: string; value: string; at: number }[] = [];
    for (;;) {
      const spaced = this.skipWhitespace();
      const c = this.src.charAt(this.pos);
      if (c === ">" || (c === "/" && this.src.charAt(this.pos + 1) === ">")) break;
      if (c === "") this.fail(`unclosed start tag <${name}>`, from);
      if (!spaced) this.fail(`expected whitespace, ">" or "/>" in the start tag <${name}>`);
      const at = this.pos;
      const attrName = this.readName("an attribute name");
      this.skipWhitespace();
      if (this.src.charAt(this.pos) !== "=") this.fail(`expected "=" after attribute ${attrName}`);
      this.pos++;
      this.skipWhitespace();
      const value = this.readAttributeValue();
      if (rawAttributes.some((a) => a.name === attrName)) this.fail(`duplicate attribute ${attrName}`, at);
      rawAttributes.push({ name: attrName, value, at });
    }
    const selfClosing = this.src.charAt(this.pos) === "/";
    this.pos += selfClosing ? 2 : 1;

    let scope = parentScope;
    for (const a of rawAttributes) {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) {
        if (scope === parentScope) scope = new Map(parentScope);
        const prefix = a.name === "xmlns" ? "" : a.name.slice(6);
        if (prefix !== "" && a.value === "")
          this.fail(`namespace prefix "${prefix}" cannot be bound to ""`, a.at);
        scope.set(prefix, a.value);
      }
    }
    const resolve = (qname: string, at: number, isAttribute: boolean) => {
      const colon = qname.indexOf(":");
      if (colon === -1) return { local: qname, ns: isAttribute ? undefined : scope.get("") || undefined };
      const prefix = qname.slice(0, colon);
      const local = qname.slice(colon + 1);
      if (prefix === "xml") return { local, ns: XML_NAMESPACE };
      if (prefix === "xmlns") return { local, ns: XMLNS_NAMESPACE };
      const ns = scope.get(prefix);
      if (ns === undefined) this.fail(`namespace prefix "${prefix}" is not declared`, at);
      return { local, ns };
    };
    const attributes: XmlAttribute[] = rawAttributes.map((a) => ({
      name: a.name,
      value: a.value,
      ...(a.name === "xmlns" ? { local: "xmlns", ns: XMLNS_NAMESPACE } : resolve(a.name, a.at, true)),
    }));
    const seen = new Set<string>();
    attributes.forEach((a, i) => {
      const key = `${a.ns ?? ""} ${a.local}`;
      if (seen.has(key))
        this.fail(`duplicate attribute ${a.local} in namespace ${a.ns}`, rawAttributes[i]?.at);
      seen.add(key);
    });
    const { local, ns } = resolve(name, from, false);
    const element: XmlElement = {
      type: "element",
      name,
      local,
      ns,
      attributes,
      children: [],
      line: position.line,
      column: position.column,
      startTag: { from, to: this.pos },
    };
    return { raw: { element, scope, text: "" }, selfClosing };
  }

  private flushText(open: RawElement): void {
    if (open.text !== "") {
      open.element.children.push({ type: "text", value: open.text });
      open.text = "";
    }
  }

  /** Parses the element at `pos` and everything inside it, with an explicit stack (no recursion). */
  private parseElementTree(): XmlElement {
    const first = this.parseStartTag(new Map([["", ""]]));
    if (first.selfClosing) return first.raw.element;
    const stack: RawElement[] = [first.raw];
    while (stack.length > 0) {
      const open = stack[stack.length - 1]!;
      const c = this.src.charAt(this.pos);
      if (c === "") {
        const e = open.element;
        this.fail(`unclosed element <${e.name}> (opened at line ${e.line}, column ${e.column})`);
      }
      if (c === "&") {
        open.text += this.readReference();
        continue;
      }
      if (c !== "<") {
        TEXT_END.lastIndex = this.pos;
        const end = TEXT_END.exec(this.src)?.index ?? this.src.length;
        const chunk = this.src.slice(this.pos, end);
        const cdataEnd = chunk.indexOf("]]>");
        if (cdataEnd !== -1) this.fail('"]]>" is not allowed in text (write "]]&gt;")', this.pos + cdataEnd);
        open.text += chunk.replace(/\r\n?/g, "\n");
        this.pos = end;
        continue;
      }
      if (this.src.startsWith("<!--", this.pos)) {
        this.skipComment();
      } else if (this.src.startsWith("<![CDATA[", this.pos)) {
        const end = this.src.indexOf("]]>", this.pos + 9);
        if (end === -1) this.fail("unclosed CDATA section");
        open.text += this.src.slice(this.pos + 9, end).replace(/\r\n?/g, "\n");
        this.pos = end + 3;
      } else if (this.src.startsWith("<?", this.pos)) {
        this.skipProcessingInstruction(false);
      } else if (this.src.startsWith("<!DOCTYPE", this.pos)) {
        this.fail("DOCTYPE declarations are not accepted");
      } else if (this.src.startsWith("</", this.pos)) {
        const at = this.pos;
        this.pos += 2;
        const name = this.readName("an element name in the end tag");
        this.skipWhitespace();
        if (this.src.charAt(this.pos) !== ">") this.fail(`expected ">" to close the end tag </${name}>`);
        this.pos++;
        const e = open.element;
        if (name !== e.name) {
          this.fail(
            `end tag </${name}> does not match <${e.name}> (opened at line ${e.line}, column ${e.column})`,
            at,
          );
        }
        this.flushText(open);
        stack.pop();
      } else {
        this.flushText(open);
        const child = this.parseStartTag(open.scope);
        open.element.children.push(child.raw.element);
        if (!child.selfClosing) stack.push(child.raw);
      }
    }
    return first.raw.element;
  }
}

export function parseXml(text: string): XmlParseResult {
  try {
    return { ok: true, root: new Parser(text).parse() };
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return { ok: false, error: { ...lineColumnAt(text, error.offset), message: error.message } };
    }
    throw error;
  }
}

/** Child elements with the given namespace and local name. */
export function childElements(parent: XmlElement, ns: string | undefined, local: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement => c.type === "element" && c.ns === ns && c.local === local,
  );
}

export function childElement(
  parent: XmlElement,
  ns: string | undefined,
  local: string,
): XmlElement | undefined {
  return childElements(parent, ns, local)[0];
}

/** An attribute without a namespace prefix. */
export function attributeValue(element: XmlElement, local: string): string | undefined {
  return element.attributes.find((a) => a.ns === undefined && a.local === local)?.value;
}

/** The concatenated text of an element's direct text children. */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (c.type === "text" ? c.value : "")).join("");
}
