import { describe, expect, it } from "vitest";
import { parseXml } from "../../src/io/xml-parse";
import { attributeValue, childElements, textContent, type XmlElement } from "../../src/io/xml-tree";
import { escapeText, XmlWriter, xmlAttribute, xmlSafeText } from "../../src/io/xml-write";
import { root } from "./helpers/xml";

const HOSTILE = `a"b'c<d>e&f\tg\nh\ri\u0001j\u007Fk\u0085l\uD800m\uFFFEn\u{1F600}o]]>p`;

describe("xmlAttribute", () => {
  it("delimits with double quotes unless the value has more double than single quotes", () => {
    expect(xmlAttribute("v", "plain")).toBe(' v="plain"');
    expect(xmlAttribute("v", `it's`)).toBe(` v="it's"`);
    expect(xmlAttribute("v", `{"a":"b"}`)).toBe(` v='{"a":"b"}'`);
    expect(xmlAttribute("v", `{"a":"it's"}`)).toBe(` v='{"a":"it&apos;s"}'`);
    expect(xmlAttribute("v", `say "it's" 'here'`)).toBe(` v="say &quot;it's&quot; 'here'"`);
  });

  it("reads back as the XML-safe value, whichever delimiter it chose", () => {
    for (const value of [HOSTILE, `${HOSTILE}""""`, `${HOSTILE}''''`, JSON.stringify({ q: HOSTILE })]) {
      const r = root(`<x${xmlAttribute("v", value)}>${escapeText(value)}</x>`);
      expect(attributeValue(r, "v")).toBe(xmlSafeText(value));
      expect(textContent(r)).toBe(xmlSafeText(value));
    }
  });
});

describe("XmlWriter", () => {
  it("writes indented elements and whole lines, the same bytes across block boundaries", () => {
    const writer = new XmlWriter();
    writer.start("a", [["k", "1"]]);
    const long = "x".repeat(100_000);
    for (let i = 0; i < 8; i++) writer.line(`<b n="${i}">`, long, "</b>");
    writer.empty("c", [["v", 'q"']]);
    writer.end();
    const xml = writer.toString();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<a k="1">\n  <b n="0">x')).toBe(true);
    expect(xml.endsWith(`</b>\n  <c v='q"'/>\n</a>\n`)).toBe(true);
    const bs = childElements(root(xml), undefined, "b");
    expect(bs.map((b) => attributeValue(b, "n"))).toEqual(["0", "1", "2", "3", "4", "5", "6", "7"]);
    expect(bs.every((b) => textContent(b) === long)).toBe(true);
  });

  it("hands a sink the same bytes in blocks, each one no longer than a block and a line", () => {
    const write = (writer: XmlWriter) => {
      writer.start("a");
      for (let i = 0; i < 5_000; i++) writer.line(`<b n="${i}">`, "y".repeat(i % 300), "</b>");
      writer.end();
    };
    const whole = new XmlWriter();
    write(whole);
    const blocks: string[] = [];
    const streamed = new XmlWriter((block) => blocks.push(block));
    write(streamed);
    streamed.finish();
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks.every((block) => block.length < (1 << 18) + 400)).toBe(true);
    expect(blocks.join("")).toBe(whole.toString());
    expect(() => streamed.toString()).toThrow(/sink/);
  });

  it("refuses to finish with an element left open", () => {
    const writer = new XmlWriter().start("a");
    expect(() => writer.toString()).toThrow(/unclosed <a>/);
  });
});

describe("parseXml streaming (onElement)", () => {
  const xml = '<r><list><i n="1"><sub/></i>text<i n="2"/></list><other/></r>';

  it("hands over each complete element with its ancestors, children before parents", () => {
    const seen: string[] = [];
    root(xml);
    const result = parseXml(xml, {
      onElement: (element, ancestors) => {
        seen.push(`${ancestors.map((a) => a.name).join("/")}/${element.name}`);
        return false;
      },
    });
    expect(result.ok).toBe(true);
    expect(seen).toEqual(["r/list/i/sub", "r/list/i", "r/list/i", "r/list", "r/other"]);
  });

  it("leaves consumed elements out of the tree, keeping text and the rest in order", () => {
    const consumed: (string | undefined)[] = [];
    const result = parseXml(xml, {
      onElement: (element) => {
        if (element.name !== "i") return false;
        consumed.push(attributeValue(element, "n"));
        return true;
      },
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(consumed).toEqual(["1", "2"]);
    const list = result.root.children[0] as XmlElement;
    expect(list.children).toEqual([{ type: "text", value: "text" }]);
    expect(result.root.children.map((c) => (c.type === "element" ? c.name : c.value))).toEqual([
      "list",
      "other",
    ]);
  });

  it("still reports a syntax error after elements were handed over", () => {
    const result = parseXml('<r><i/><i/>\n<i x="1" x="2"/></r>', { onElement: () => true });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ line: 2, column: 10, message: "duplicate attribute x" });
  });
});
