import { describe, expect, it } from "vitest";
import { parseXml } from "../../src/io/xml-parse";
import { attributeValue, childElements, textContent } from "../../src/io/xml-tree";
import { escapeAttribute, escapeText, xmlSafeText } from "../../src/io/xml-write";
import { root } from "./helpers/xml";

function problem(xml: string) {
  const result = parseXml(xml);
  if (result.ok) throw new Error("expected a syntax error");
  return result.error;
}

describe("parseXml", () => {
  it("reads elements, attributes, text, CDATA and namespaces", () => {
    const r = root(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c -->\n<g xmlns="urn:a" xmlns:v="urn:v" k="1 &amp; 2"><v:p x="3"/><t>a<![CDATA[<b>]]>&#x41;&#66;&lt;</t><?pi x?></g>',
    );
    expect([r.name, r.local, r.ns]).toEqual(["g", "g", "urn:a"]);
    expect(attributeValue(r, "k")).toBe("1 & 2");
    const [p] = childElements(r, "urn:v", "p");
    expect(p && attributeValue(p, "x")).toBe("3");
    const [t] = childElements(r, "urn:a", "t");
    expect(t && textContent(t)).toBe("a<b>AB<");
  });

  it("normalises line breaks in text and attribute values as XML requires", () => {
    const r = root('<a v="x\r\ny\tz" w="&#10;&#13;&#9;">one\r\ntwo\rthree</a>');
    expect(attributeValue(r, "v")).toBe("x y z");
    expect(attributeValue(r, "w")).toBe("\n\r\t");
    expect(textContent(r)).toBe("one\ntwo\nthree");
  });

  it("reports syntax errors with line and column", () => {
    expect(problem('<gexf>\n  <graph>\n    <node id="a"></nod>\n  </graph>\n</gexf>')).toEqual({
      line: 3,
      column: 18,
      message: "end tag </nod> does not match <node> (opened at line 3, column 5)",
    });
    expect(problem("<a>\n<b>")).toMatchObject({
      line: 2,
      column: 4,
      message: expect.stringMatching(/unclosed element <b>/),
    });
    expect(problem('<a b="1" b="2"/>')).toMatchObject({
      line: 1,
      column: 10,
      message: "duplicate attribute b",
    });
    expect(problem('<a b="<"/>').message).toMatch(/not allowed in an attribute value/);
    expect(problem("<a>x & y</a>").message).toMatch(/must start a reference/);
    expect(problem("<a>]]></a>").message).toMatch(/"]]>" is not allowed/);
    expect(problem("<a/><b/>").message).toMatch(/after the root element/);
    expect(problem("").message).toBe("no root element");
    expect(problem("<p:a/>").message).toMatch(/prefix "p" is not declared/);
    expect(problem("<a>&#0;</a>").message).toMatch(/U\+0 is not allowed/);
  });

  it("rejects characters XML cannot contain, lone surrogates included", () => {
    expect(problem("<a>\n x\u0001</a>")).toMatchObject({
      line: 2,
      column: 3,
      message: expect.stringMatching(/U\+0001/),
    });
    expect(problem("<a>\uD800</a>").message).toMatch(/U\+D800/);
    expect(root("<a>\u{1F600}</a>").children).toEqual([{ type: "text", value: "\u{1F600}" }]);
  });

  it("refuses DOCTYPE declarations, so no entity is ever expanded (XXE, billion laughs)", () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<gexf>&x;</gexf>';
    expect(problem(xxe)).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringMatching(/DOCTYPE declarations are not accepted/),
    });
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><lolz>&lol9;</lolz>`;
    expect(problem(laughs).message).toMatch(/DOCTYPE/);
    expect(problem("<a>&lol;</a>").message).toMatch(/undefined entity "&lol;"/);
  });

  it("parses deep nesting without recursion", () => {
    const depth = 20_000;
    const r = root(`${"<a>".repeat(depth)}${"</a>".repeat(depth)}`);
    expect(r.local).toBe("a");
  });
});

describe("XML escaping", () => {
  it("round-trips every string through the parser, with illegal characters replaced", () => {
    const hostile =
      "a<b>&c\"d'e]]>f\tg\nh\ri\r\nj\u0000k\u0008l\uFFFEm\uD800n\uDC00o\u{1F600}p\u007Fq\u0085r\u009F";
    const r = root(`<x v="${escapeAttribute(hostile)}">${escapeText(hostile)}</x>`);
    expect(attributeValue(r, "v")).toBe(xmlSafeText(hostile));
    expect(textContent(r)).toBe(xmlSafeText(hostile));
    expect(xmlSafeText(hostile)).toBe(
      "a<b>&c\"d'e]]>f\tg\nh\ri\r\nj\uFFFDk\uFFFDl\uFFFDm\uFFFDn\uFFFDo\u{1F600}p\u007Fq\u0085r\u009F",
    );
    // DEL and C1 controls are kept, as references: nothing in the file can drive a terminal.
    expect(escapeText(hostile)).toContain("p&#x7F;q&#x85;r&#x9F;");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(escapeAttribute(hostile)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
