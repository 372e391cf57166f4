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

import { ILLEGAL_CHAR, lineColumnAt, XmlScanner, XmlSyntaxError } from "./xml-scanner";
import type { XmlAttribute, XmlElement, XmlNode } from "./xml-tree";

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

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

interface RawElement {
  element: XmlElement;
  /** Namespace bindings in scope for this element (prefix -> URI; "" is the default namespace). */
  scope: Map<string, string>;
  text: string;
}

/** Children of every self-closing element: most GEXF elements, so one shared array rather than one each. */
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/** Builds the element tree (namespaces, text, nesting) from what the scanner reads. */
class Parser extends XmlScanner {
  constructor(
    src: string,
    private readonly options: XmlParseOptions = {},
  ) {
    super(src);
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
