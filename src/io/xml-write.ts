/**
 * A minimal XML writer: indented, attribute order as given, so output is byte-deterministic.
 * Every string from data is made XML-safe while it is escaped: characters XML 1.0 cannot contain at
 * all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) would make the file
 * ill-formed, and escaping cannot help, so they are replaced by U+FFFD (visible, not silently lost).
 *
 * Built for large exports: output is collected in large flat blocks (`TextBlocks`), escaping is
 * one pass over each value (and none at all for the common value with nothing to escape).
 */

const ILLEGAL_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Whether XML can carry every character of the string. */
export function isXmlSafe(value: string): boolean {
  return !ILLEGAL_CHAR.test(value);
}

export const REPLACEMENT_CHARACTER = "\uFFFD";

/** The string with every character XML cannot carry replaced by U+FFFD. */
export function xmlSafeText(value: string): string {
  return value.replace(ILLEGAL_CHARS, REPLACEMENT_CHARACTER);
}

// Anything the escaping below would change: most values (ids, numbers, plain words) have none, and
// one regex test (fast in V8) skips the character loop for them.
const NEEDS_ESCAPING =
  /[^\u0020-\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\u007E\u00A0-\uD7FF\uE000-\uFFFD]/;

// The same for a value delimited by single quotes: double quotes may stay, apostrophes may not.
const NEEDS_ESCAPING_IN_APOSTROPHES =
  /[^\u0020-\u0025\u0028-\u003B\u003D\u003F-\u007E\u00A0-\uD7FF\uE000-\uFFFD]/;

const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * One pass of escaping. `delimiter` is the attribute's quote character (0 for element text): it is
 * escaped, and so are tab and LF, which parsers would turn into spaces in an attribute. ">" is
 * always escaped, so "]]>" cannot appear; CR is written as a reference because a parser would turn
 * a literal CR into LF. DEL and C1 controls are legal XML but drive terminals: written as
 * references, they survive unchanged and a file printed to a terminal stays inert.
 */
function escapeMarkup(value: string, delimiter: 0 | typeof QUOTE | typeof APOSTROPHE): string {
  let out = "";
  let last = 0;
  const length = value.length;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    let replacement: string;
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x26) replacement = "&amp;";
      else if (c === 0x3c) replacement = "&lt;";
      else if (c === 0x3e) replacement = "&gt;";
      else if (c === delimiter) replacement = c === QUOTE ? "&quot;" : "&apos;";
      else continue;
    } else if (c < 0x20) {
      if (c === 0x0d) replacement = "&#13;";
      else if (c === 0x09) {
        if (delimiter === 0) continue;
        replacement = "&#9;";
      } else if (c === 0x0a) {
        if (delimiter === 0) continue;
        replacement = "&#10;";
      } else replacement = REPLACEMENT_CHARACTER;
    } else if (c <= 0x9f) {
      replacement = `&#x${c.toString(16).toUpperCase()};`;
    } else if (c < 0xd800) {
      continue;
    } else if (c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      replacement = REPLACEMENT_CHARACTER;
    } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) {
      replacement = REPLACEMENT_CHARACTER;
    } else {
      continue;
    }
    out += value.slice(last, i) + replacement;
    last = i + 1;
  }
  return last === 0 ? value : out + value.slice(last);
}

/** Escapes element text (see `escapeMarkup`). */
export function escapeText(value: string): string {
  return NEEDS_ESCAPING.test(value) ? escapeMarkup(value, 0) : value;
}

/** Escapes an attribute value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return NEEDS_ESCAPING.test(value) ? escapeMarkup(value, QUOTE) : value;
}

/**
 * ` name="value"`, escaped. A value with more double than single quotes (JSON text) is delimited
 * by single quotes instead: XML allows both, and `&quot;` for every JSON quote would make such a
 * value several times longer.
 */
export function xmlAttribute(name: string, value: string): string {
  if (!NEEDS_ESCAPING.test(value)) return ` ${name}="${value}"`;
  // JSON text without apostrophes or markup (most evidence and source records): nothing to escape.
  if (!NEEDS_ESCAPING_IN_APOSTROPHES.test(value)) return ` ${name}='${value}'`;
  if (value.indexOf('"') !== -1) {
    let quotes = 0;
    let apostrophes = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === QUOTE) quotes++;
      else if (c === APOSTROPHE) apostrophes++;
    }
    if (quotes > apostrophes) return ` ${name}='${escapeMarkup(value, APOSTROPHE)}'`;
  }
  return ` ${name}="${escapeMarkup(value, QUOTE)}"`;
}

export type XmlAttributes = readonly (readonly [name: string, value: string | undefined])[];

function formatAttributes(attributes: XmlAttributes): string {
  let out = "";
  for (const [name, value] of attributes) {
    if (value !== undefined) out += xmlAttribute(name, value);
  }
  return out;
}

/** Receives a document's text in order, block by block (a file stream, a Blob's parts, a list). */
export type TextSink = (block: string) => void;

/** Characters per block handed to a sink. */
const BLOCK_LENGTH = 1 << 18;

/**
 * Text collected in flat blocks of about 256 K characters, each handed to the sink when full. A
 * large export made of millions of small strings kept alive until one final join spends most of its
 * time in the garbage collector (every piece survives, so every piece is copied); here the pieces
 * of a block die young. A sink that writes each block out keeps memory flat, and nobody pays for
 * joining the blocks into one string of the whole file unless they ask for it.
 */
class TextBlocks {
  private pieces: string[] = [];
  private pendingLength = 0;

  constructor(private readonly sink: TextSink) {}

  append(text: string): void {
    this.pieces.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= BLOCK_LENGTH) this.flush();
  }

  flush(): void {
    if (this.pendingLength === 0) return;
    this.sink(this.pieces.join(""));
    this.pieces = [];
    this.pendingLength = 0;
  }
}

/**
 * Writes to `sink` when given one (call `finish` at the end), or collects the text for `toString`.
 */
export class XmlWriter {
  private readonly collected: string[] | undefined;
  private readonly out: TextBlocks;
  private readonly open: string[] = [];
  private indentation = "";

  constructor(sink?: TextSink) {
    const collected: string[] | undefined = sink === undefined ? [] : undefined;
    this.collected = collected;
    this.out = new TextBlocks(sink ?? ((block) => collected?.push(block)));
    this.out.append('<?xml version="1.0" encoding="UTF-8"?>\n');
  }

  start(name: string, attributes: XmlAttributes = []): this {
    this.out.append(`${this.indentation}<${name}${formatAttributes(attributes)}>\n`);
    this.open.push(name);
    this.indentation += "  ";
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error("XmlWriter: end() without start()");
    this.indentation = this.indentation.slice(2);
    this.out.append(`${this.indentation}</${name}>\n`);
    return this;
  }

  empty(name: string, attributes: XmlAttributes = []): this {
    this.out.append(`${this.indentation}<${name}${formatAttributes(attributes)}/>\n`);
    return this;
  }

  textElement(name: string, text: string, attributes: XmlAttributes = []): this {
    this.out.append(
      `${this.indentation}<${name}${formatAttributes(attributes)}>${escapeText(text)}</${name}>\n`,
    );
    return this;
  }

  /**
   * A whole element on one line, built by the caller (escaped with `xmlAttribute`/`escapeText`),
   * in pieces: one string per line keeps the blocks' joins short (a large export has millions of
   * pieces, and each costs the join more than its concatenation does).
   */
  line(...markup: string[]): this {
    let text = this.indentation;
    for (const piece of markup) text += piece;
    this.out.append(`${text}\n`);
    return this;
  }

  /** Hands the last block to the sink; every element must be closed. */
  finish(): void {
    if (this.open.length > 0) throw new Error(`XmlWriter: unclosed <${this.open.join("> <")}>`);
    this.out.flush();
  }

  /** The whole document, for a writer without a sink of its own. */
  toString(): string {
    if (this.collected === undefined) throw new Error("XmlWriter: the text went to its sink");
    this.finish();
    const text = this.collected.join("");
    this.collected.length = 0;
    this.collected.push(text);
    return text;
  }
}
