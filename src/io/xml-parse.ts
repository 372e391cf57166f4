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

export interface XmlParseOptions {
  /**
   * Called as each element below the root is complete, with its open ancestors (root first).
   * Returning true consumes it: it is not added to its parent, so a reader that handles the
   * elements of a large file one by one lets each go as soon as it is read.
   */
  onElement?: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean;
}

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

/** Children of every self-closing element: most GEXF elements, so one shared array rather than one each. */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/** Whether a character code may start an XML name, in the ASCII range (the common case). */
function isAsciiNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
}

function isAsciiNameChar(c: number): boolean {
  return isAsciiNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Scans the input once, left to right, with indexOf and charCodeAt (no regex per token and no
 * string per character): a 100 MB GEXF is parsed in linear time with one object per element,
 * attribute and text run.
 */
class Parser {
  private pos = 0;
  /** Line of `lineStart`, for element positions: counted forwards as the parser advances. */
  private line = 1;
  private lineStart = 0;
  /** Offset of the next LF at or after `lineStart` (-1 before the first look, Infinity after the last). */
  private nextBreak = -1;
  private starts: number[] | undefined;
  private readonly hasCarriageReturn: boolean;

  constructor(
    private readonly src: string,
    private readonly options: XmlParseOptions = {},
  ) {
    this.hasCarriageReturn = src.indexOf("\r") !== -1;
  }

  private findBreak(from: number): number {
    const next = this.src.indexOf("\n", from);
    return next === -1 ? Number.POSITIVE_INFINITY : next;
  }

  /** Sets `line` and `lineStart` for `offset`; offsets only grow from one call to the next. */
  private advanceLines(offset: number): void {
    if (this.hasCarriageReturn) {
      // A lone CR is a line break too: the general (binary search) path.
      this.starts ??= lineStarts(this.src);
      const { line, column } = positionIn(this.starts, offset);
      this.line = line;
      this.lineStart = offset - column + 1;
      return;
    }
    // Only LF breaks lines: count the breaks passed since the last element.
    if (this.nextBreak === -1) this.nextBreak = this.findBreak(0);
    while (this.nextBreak < offset) {
      this.line++;
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = this.findBreak(this.lineStart);
    }
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
    const from = this.pos;
    while (isWhitespace(this.src.charCodeAt(this.pos))) this.pos++;
    return this.pos > from;
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
    const src = this.src;
    const start = this.pos;
    let i = start;
    if (isAsciiNameStart(src.charCodeAt(i))) {
      i++;
      while (isAsciiNameChar(src.charCodeAt(i))) i++;
      // An ASCII name ends at an ASCII character; anything else may continue it (the full rule below).
      if (src.charCodeAt(i) < 0x80 || i >= src.length) {
        this.pos = i;
        return this.internName(start, i);
      }
    }
    NAME.lastIndex = start;
    const m = NAME.exec(src);
    if (!m) this.fail(`expected ${what}`);
    this.pos = NAME.lastIndex;
    return m[0];
  }

  /** Recently read names by a hash of first character and length: the same few names repeat all file long. */
  private readonly names: (string | undefined)[] = new Array(256);

  /** The name at [start, end), as a string already made for it when there is one (no allocation). */
  private internName(start: number, end: number): string {
    const length = end - start;
    const slot = (this.src.charCodeAt(start) * 31 + length * 7 + this.src.charCodeAt(end - 1)) & 255;
    const known = this.names[slot];
    if (known !== undefined && known.length === length && this.src.startsWith(known, start)) return known;
    const name = this.src.slice(start, end);
    this.names[slot] = name;
    return name;
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
    const src = this.src;
    const quote = src.charCodeAt(this.pos);
    if (quote !== 0x22 && quote !== 0x27) this.fail("expected a quoted attribute value");
    const start = this.pos;
    let i = start + 1;
    // The plain case: no reference, no "<", no line break or tab to normalise.
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === quote) {
        this.pos = i + 1;
        return src.slice(start + 1, i);
      }
      if (c === 0x26 || c === 0x3c || c < 0x20 || Number.isNaN(c)) break;
      i++;
    }
    let value = src.slice(start + 1, i);
    this.pos = i;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail("unclosed attribute value", start);
      if (c === quote) {
        this.pos++;
        return value;
      }
      if (c === 0x3c) this.fail('"<" is not allowed in an attribute value (write "&lt;")');
      if (c === 0x26) {
        value += this.readReference();
        continue;
      }
      // Attribute-value normalisation: literal line breaks and tabs become spaces (CR LF is one break).
      if (c === 0x09 || c === 0x0a || c === 0x0d) {
        if (c === 0x0d && src.charCodeAt(this.pos + 1) === 0x0a) this.pos++;
        value += " ";
        this.pos++;
        continue;
      }
      // A run of ordinary characters at once: a megabyte label must not cost a megabyte of concatenations.
      let end = this.pos + 1;
      for (;;) {
        const d = src.charCodeAt(end);
        if (d === quote || d === 0x26 || d === 0x3c || d < 0x20 || Number.isNaN(d)) break;
        end++;
      }
      value += src.slice(this.pos, end);
      this.pos = end;
    }
  }

  /** The namespace of a qualified name in `scope`, and its local part (set on `this.local`). */
  private local = "";

  private namespaceOf(qname: string, scope: Map<string, string>, at: number, isAttribute: boolean) {
    const colon = qname.indexOf(":");
    if (colon === -1) {
      this.local = qname;
      return isAttribute ? undefined : scope.get("") || undefined;
    }
    const prefix = qname.slice(0, colon);
    this.local = qname.slice(colon + 1);
    if (prefix === "xml") return XML_NAMESPACE;
    if (prefix === "xmlns") return XMLNS_NAMESPACE;
    const ns = scope.get(prefix);
    if (ns === undefined) this.fail(`namespace prefix "${prefix}" is not declared`, at);
    return ns;
  }

  /** Start offsets of the attributes of the tag being read, for error positions (reused: no array per tag). */
  private readonly attributeOffsets: number[] = [];
  /** Whether the start tag just read was self-closing, and the namespace scope inside it. */
  private selfClosing = false;
  private scope: Map<string, string> = new Map();

  /** Reads a start tag; sets `selfClosing` and `scope`. */
  private parseStartTag(parentScope: Map<string, string>): XmlElement {
    const src = this.src;
    const from = this.pos;
    this.pos++;
    const name = this.readName("an element name");
    const attributes: XmlAttribute[] = [];
    const offsets = this.attributeOffsets;
    offsets.length = 0;
    for (;;) {
      const spaced = this.skipWhitespace();
      const c = src.charCodeAt(this.pos);
      if (c === 0x3e || (c === 0x2f && src.charCodeAt(this.pos + 1) === 0x3e)) break;
      if (Number.isNaN(c)) this.fail(`unclosed start tag <${name}>`, from);
      if (!spaced) this.fail(`expected whitespace, ">" or "/>" in the start tag <${name}>`);
      const at = this.pos;
      const attrName = this.readName("an attribute name");
      this.skipWhitespace();
      if (src.charCodeAt(this.pos) !== 0x3d) this.fail(`expected "=" after attribute ${attrName}`);
      this.pos++;
      this.skipWhitespace();
      const value = this.readAttributeValue();
      for (let i = 0; i < attributes.length; i++) {
        if ((attributes[i] as XmlAttribute).name === attrName)
          this.fail(`duplicate attribute ${attrName}`, at);
      }
      attributes.push({ name: attrName, local: attrName, ns: undefined, value });
      offsets.push(at);
    }
    const selfClosing = src.charCodeAt(this.pos) === 0x2f;
    this.pos += selfClosing ? 2 : 1;

    let scope = parentScope;
    let prefixed = false;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i] as XmlAttribute;
      if (a.name.indexOf(":") !== -1) prefixed = true;
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) {
        if (scope === parentScope) scope = new Map(parentScope);
        const prefix = a.name === "xmlns" ? "" : a.name.slice(6);
        if (prefix !== "" && a.value === "")
          this.fail(`namespace prefix "${prefix}" cannot be bound to ""`, offsets[i]);
        scope.set(prefix, a.value);
      }
    }
    // Prefixes resolve once every declaration of the tag is known (a declaration may follow its use).
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i] as XmlAttribute;
      if (a.name === "xmlns") a.ns = XMLNS_NAMESPACE;
      else if (a.name.indexOf(":") !== -1) {
        a.ns = this.namespaceOf(a.name, scope, offsets[i] ?? from, true);
        a.local = this.local;
      }
    }
    if (prefixed) {
      for (let i = 0; i < attributes.length; i++) {
        const a = attributes[i] as XmlAttribute;
        for (let j = 0; j < i; j++) {
          const b = attributes[j] as XmlAttribute;
          if (b.ns === a.ns && b.local === a.local)
            this.fail(`duplicate attribute ${a.local} in namespace ${a.ns}`, offsets[i]);
        }
      }
    }
    const ns = this.namespaceOf(name, scope, from, false);
    const local = this.local;
    this.advanceLines(from);
    this.selfClosing = selfClosing;
    this.scope = scope;
    return {
      type: "element",
      name,
      local,
      ns,
      attributes,
      children: selfClosing ? NO_CHILDREN : [],
      line: this.line,
      column: from - this.lineStart + 1,
      startTag: { from, to: this.pos },
    };
  }

  private flushText(open: RawElement): void {
    if (open.text !== "") {
      open.element.children.push({ type: "text", value: open.text });
      open.text = "";
    }
  }

  /** Text up to the next markup or reference, line breaks normalised. */
  private readText(open: RawElement): void {
    const src = this.src;
    let end = src.indexOf("<", this.pos);
    if (end === -1) end = src.length;
    let chunk = src.slice(this.pos, end);
    const amp = chunk.indexOf("&");
    if (amp !== -1) {
      chunk = chunk.slice(0, amp);
      end = this.pos + amp;
    }
    const cdataEnd = chunk.indexOf("]]>");
    if (cdataEnd !== -1) this.fail('"]]>" is not allowed in text (write "]]&gt;")', this.pos + cdataEnd);
    open.text += this.hasCarriageReturn ? chunk.replace(/\r\n?/g, "\n") : chunk;
    this.pos = end;
  }

  /** Parses the element at `pos` and everything inside it, with an explicit stack (no recursion). */
  private parseElementTree(): XmlElement {
    const src = this.src;
    const root = this.parseStartTag(new Map([["", ""]]));
    if (this.selfClosing) return root;
    const stack: RawElement[] = [{ element: root, scope: this.scope, text: "" }];
    /** The open elements, root first (what `onElement` is given). */
    const ancestors: XmlElement[] = [root];
    const onElement = this.options.onElement;
    // An element joins its parent when it is complete, so a consumed one never does.
    const complete = (element: XmlElement): void => {
      if (onElement?.(element, ancestors) !== true) {
        (stack[stack.length - 1] as RawElement).element.children.push(element);
      }
    };
    while (stack.length > 0) {
      const open = stack[stack.length - 1] as RawElement;
      const c = src.charCodeAt(this.pos);
      if (Number.isNaN(c)) {
        const e = open.element;
        this.fail(`unclosed element <${e.name}> (opened at line ${e.line}, column ${e.column})`);
      }
      if (c === 0x26) {
        open.text += this.readReference();
        continue;
      }
      if (c !== 0x3c) {
        this.readText(open);
        continue;
      }
      const next = src.charCodeAt(this.pos + 1);
      if (next === 0x2f) {
        const at = this.pos;
        this.pos += 2;
        const name = this.readName("an element name in the end tag");
        this.skipWhitespace();
        if (src.charCodeAt(this.pos) !== 0x3e) this.fail(`expected ">" to close the end tag </${name}>`);
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
        ancestors.pop();
        if (stack.length > 0) complete(e);
      } else if (next === 0x21 || next === 0x3f) {
        if (src.startsWith("<!--", this.pos)) {
          this.skipComment();
        } else if (src.startsWith("<![CDATA[", this.pos)) {
          const end = src.indexOf("]]>", this.pos + 9);
          if (end === -1) this.fail("unclosed CDATA section");
          const text = src.slice(this.pos + 9, end);
          open.text += this.hasCarriageReturn ? text.replace(/\r\n?/g, "\n") : text;
          this.pos = end + 3;
        } else if (next === 0x3f) {
          this.skipProcessingInstruction(false);
        } else if (src.startsWith("<!DOCTYPE", this.pos)) {
          this.fail("DOCTYPE declarations are not accepted");
        } else {
          this.pos++;
          this.readName("an element name");
        }
      } else {
        this.flushText(open);
        const child = this.parseStartTag(open.scope);
        if (this.selfClosing) complete(child);
        else {
          stack.push({ element: child, scope: this.scope, text: "" });
          ancestors.push(child);
        }
      }
    }
    return root;
  }
}

export function parseXml(text: string, options: XmlParseOptions = {}): XmlParseResult {
  try {
    return { ok: true, root: new Parser(text, options).parse() };
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return { ok: false, error: { ...lineColumnAt(text, error.offset), message: error.message } };
    }
    throw error;
  }
}

// The accessors below are plain loops: they run several times per node and edge of a large file.

/** Child elements with the given namespace and local name. */
export function childElements(parent: XmlElement, ns: string | undefined, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of parent.children) {
    if (child.type === "element" && child.ns === ns && child.local === local) found.push(child);
  }
  return found;
}

export function childElement(
  parent: XmlElement,
  ns: string | undefined,
  local: string,
): XmlElement | undefined {
  for (const child of parent.children) {
    if (child.type === "element" && child.ns === ns && child.local === local) return child;
  }
  return undefined;
}

/** An attribute without a namespace prefix. */
export function attributeValue(element: XmlElement, local: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.ns === undefined && attribute.local === local) return attribute.value;
  }
  return undefined;
}

/** The concatenated text of an element's direct text children. */
export function textContent(element: XmlElement): string {
  let text = "";
  for (const child of element.children) if (child.type === "text") text += child.value;
  return text;
}
