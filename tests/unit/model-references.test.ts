import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/model/load";
import type { Ontology } from "../../src/model/types";
import { validateDataset } from "../../src/model/validate";

/**
 * Sources of two kinds (shipped texts quoted verbatim, references cited by locator and note),
 * evidence that must fit its source's kind, and actor spans.
 */

const DIR = "tests/fixtures/datasets";
const ontology = JSON.parse(await readFile(`${DIR}/ontology.json`, "utf8")) as Ontology;
const reportText = await readFile(`${DIR}/sources/report.txt`, "utf8");
const references = JSON.parse(await readFile(`${DIR}/references.json`, "utf8")) as Record<string, unknown>;

function check(input: unknown) {
  return validateDataset(input, { file: "refs.json", ontology, sourceTexts: { report: reportText } });
}

function errorsOf(input: unknown): string[] {
  const result = check(input);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

/** A deep copy of the fixture with `edit` applied. */
// biome-ignore lint/suspicious/noExplicitAny: edits of a JSON fixture, checked by the validator under test
function edited(edit: (d: any) => void): unknown {
  const copy = structuredClone(references);
  edit(copy);
  return copy;
}

describe("reference sources and evidence", () => {
  it("accepts a dataset mixing a shipped text and references", async () => {
    const result = check(references);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const claim = result.dataset.claims[0];
    expect(claim?.evidence[1]).toEqual({
      source: "front-profile",
      locator: 'infobox, "Allies"',
      note: "The profile lists no state backer.",
      stance: "against",
    });
    const loaded = await loadDataset(`${DIR}/references.json`, (path) => readFile(path, "utf8"));
    expect(loaded.ok).toBe(true);
    // Only the shipped text is read.
    if (loaded.ok) expect(Object.keys(loaded.value.sourceTexts)).toEqual(["report"]);
  });

  it("still checks quotes of shipped texts verbatim", () => {
    const errors = errorsOf(
      edited((d) => {
        d.claims[1].evidence[0].quote = "The Republic's army has never fought the Front";
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^\$\.claims\[1\]\.evidence\[0\]\.quote: quote is not verbatim/),
    ]);
  });

  it("requires evidence to fit the kind of its source", () => {
    const errors = errorsOf(
      edited((d) => {
        d.claims[0].evidence[0] = { source: "aster-brief", quote: "Aster armed the Front" };
        d.claims[1].evidence[0] = {
          source: "report",
          locator: "paragraph 1",
          note: "Fighting for two years.",
        };
      }),
    );
    expect(errors).toEqual([
      expect.stringMatching(
        /^\$\.claims\[0\]\.evidence\[0\]\.quote: source "aster-brief" is a reference .*"locator" and "note"/,
      ),
      expect.stringMatching(
        /^\$\.claims\[1\]\.evidence\[0\]\.locator: source "report" is a shipped text: cite it with a verbatim "quote"/,
      ),
    ]);
  });

  it("says which fields a source or evidence item lacks, by the kind it was meant to be", () => {
    const errors = errorsOf(
      edited((d) => {
        delete d.sources[1].licence;
        d.sources[2].url = "javascript:alert(1)";
        d.sources.push({ id: "bare", title: "T", publisher: "P", date: "2024" });
        d.sources.push({
          id: "both",
          title: "T",
          publisher: "P",
          date: "2024",
          text: "x.txt",
          url: "https://e.org",
          licence: "x",
        });
        delete d.claims[0].evidence[0].note;
        d.claims[0].evidence[1].stance = "for";
        d.claims[2].evidence.push({ source: "front-profile" });
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        "$.sources[1].licence: required field is missing (expected string)",
        expect.stringMatching(/^\$\.sources\[2\]\.url: must be an http or https address/),
        expect.stringMatching(
          /^\$\.sources\[3\]\.text: required field is missing: a source needs either "text" .* or "url" and "licence"/,
        ),
        expect.stringMatching(/^\$\.sources\[4\]: a source is either a shipped text .* not both/),
        "$.claims[0].evidence[0].note: required field is missing (expected string)",
        expect.stringMatching(/^\$\.claims\[0\]\.evidence\[1\]\.stance: /),
        expect.stringMatching(
          /^\$\.claims\[2\]\.evidence\[1\]\.quote: required field is missing: evidence needs either "quote"/,
        ),
      ]),
    );
  });
});

describe("actor spans", () => {
  it("rejects an end before the start and dates that are no calendar day", () => {
    const errors = errorsOf(
      edited((d) => {
        d.actors[1].end = "2018";
        d.actors[2].start = "12/2012";
        d.actors[3].start = "2020-02-30";
      }),
    );
    expect(errors).toEqual([
      '$.actors[1].end: end "2018" is before start "2019-03"',
      expect.stringMatching(/^\$\.actors\[2\]\.start: must be a date/),
      '$.actors[3].start: "2020-02-30" is not a calendar date (no such month or day)',
    ]);
  });

  it("warns, without rejecting, about a claim dated outside an actor's span", () => {
    const result = check(
      edited((d) => {
        d.claims[2].from = "northern-front"; // held Karvel 2015-2018, but founded 2019-03
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      expect.stringMatching(
        /^\$\.claims\[2\]\.from: claim holds from 2015 to 2018, outside the span of actor "northern-front" \(from 2019-03\)/,
      ),
    ]);
    // The predecessor, whose span covers it, gives no warning; nor does an undated claim.
    expect(check(references).warnings).toEqual([]);
  });
});
