/**
 * A minimal XML writer: indented, attribute order as given, so output is byte-deterministic.
 * Every string from data goes through `xmlSafeText` first: characters XML 1.0 cannot contain at
 * all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) would make the file
 * ill-formed, and escaping cannot help, so they are replaced by U+FFFD (visible, not silently lost).
 */

const ILLEGAL_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const REPLACEMENT_CHARACTER = "\uFFFD";

/** The string with every character XML cannot carry replaced by U+FFFD. */
export function xmlSafeText(value: string): string {
  return value.replace(ILLEGAL_CHARS, REPLACEMENT_CHARACTER);
}

/**
 * Escapes element text. ">" is escaped too, so "]]>" cannot appear; CR is written as a reference
 * because a parser would turn a literal CR into LF.
 */
// Anything escapeText or escapeAttribute would change: most values (ids, numbers, plain words) have
// none, and one test skips the chain of replaces that dominates a large export.
const NEEDS_ESCAPING =
  /[^\u0020-\u0021\u0023-\u0025\u0027-\u003B\u003D\u003F-\u007E\u00A0-\uD7FF\uE000-\uFFFD]/;

export function escapeText(value: string): string {
  if (!NEEDS_ESCAPING.test(value)) return value;
  return (
    xmlSafeText(value)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/\r/g, "&#13;")
      // DEL and C1 controls are legal XML but drive terminals: written as references, they survive
      // unchanged and a file printed to a terminal stays inert.
      .replace(/[\u007F-\u009F]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`)
  );
}

/** Escapes an attribute value; tab, LF and CR become references because parsers turn literal ones into spaces. */
export function escapeAttribute(value: string): string {
  if (!NEEDS_ESCAPING.test(value)) return value;
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

export type XmlAttributes = readonly (readonly [name: string, value: string | undefined])[];

function formatAttributes(attributes: XmlAttributes): string {
  let out = "";
  for (const [name, value] of attributes) {
    if (value !== undefined) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];

  private indent(): string {
    return "  ".repeat(this.open.length);
  }

  start(name: string, attributes: XmlAttributes = []): this {
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error("XmlWriter: end() without start()");
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  empty(name: string, attributes: XmlAttributes = []): this {
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}/>`);
    return this;
  }

  textElement(name: string, text: string, attributes: XmlAttributes = []): this {
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>${escapeText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: unclosed <${this.open.join("> <")}>`);
    return `${this.lines.join("\n")}\n`;
  }
}
