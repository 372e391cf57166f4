/**
 * The lexical half of the XML parser: a cursor over the input that skips whitespace, comments and
 * processing instructions, reads names, references and attribute values, and keeps the line of
 * the current position. Errors are thrown as XmlSyntaxError at an offset; parseXml turns them into
 * a line and column.
 */

export class XmlSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Characters XML 1.0 forbids anywhere in a document (with `u`, a lone surrogate is one of them). */
export const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
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

/** Whether a character code may start an XML name, in the ASCII range (the common case). */
function isAsciiNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
}

function isAsciiNameChar(c: number): boolean {
  return isAsciiNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

export function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Scans the input once, left to right, with indexOf and charCodeAt (no regex per token and no
 * string per character): a 100 MB GEXF is parsed in linear time with one object per element,
 * attribute and text run.
 */
export class XmlScanner {
  protected pos = 0;
  /** Line of `lineStart`, for element positions: counted forwards as the parser advances. */
  protected line = 1;
  protected lineStart = 0;
  /** Offset of the next LF at or after `lineStart` (-1 before the first look, Infinity after the last). */
  protected nextBreak = -1;
  private starts: number[] | undefined;
  protected readonly hasCarriageReturn: boolean;

  constructor(protected readonly src: string) {
    this.hasCarriageReturn = src.indexOf("\r") !== -1;
  }

  private findBreak(from: number): number {
    const next = this.src.indexOf("\n", from);
    return next === -1 ? Number.POSITIVE_INFINITY : next;
  }

  /** Sets `line` and `lineStart` for `offset`; offsets only grow from one call to the next. */
  protected advanceLines(offset: number): void {
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

  protected fail(message: string, at = this.pos): never {
    throw new XmlSyntaxError(at, message);
  }

  protected skipWhitespace(): boolean {
    const from = this.pos;
    while (isWhitespace(this.src.charCodeAt(this.pos))) this.pos++;
    return this.pos > from;
  }

  /** Whitespace, comments and processing instructions around the root element. */
  protected skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.src.startsWith("<!--", this.pos)) this.skipComment();
      else if (this.src.startsWith("<?", this.pos)) this.skipProcessingInstruction(false);
      else return;
    }
  }

  protected skipComment(): void {
    const start = this.pos;
    const end = this.src.indexOf("-->", this.pos + 4);
    if (end === -1) this.fail("unclosed comment", start);
    const doubleHyphen = this.src.indexOf("--", this.pos + 4);
    if (doubleHyphen < end) this.fail('"--" is not allowed inside a comment', doubleHyphen);
    this.pos = end + 3;
  }

  protected skipProcessingInstruction(isDeclaration: boolean): void {
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

  protected readName(what: string): string {
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
  protected readReference(): string {
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

  protected readAttributeValue(): string {
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
}
