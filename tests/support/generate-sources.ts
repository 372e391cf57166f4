import type { Claim, Source } from "../../src/model/types";
import { pick, randomDate } from "./generate-random";
import { FILLERS, PUBLISHERS } from "./generate-vocabulary";

export interface GeneratedSources {
  sources: Source[];
  sourceTexts: Record<string, string>;
  sourcePaths: Record<string, string>;
}

/**
 * Source texts: each quotes a run of `claimsPerSource` consecutive claims (their sentences), with
 * filler prose in between; each claim gets its sentence as evidence, some attributed to others.
 */
export function generateSources(
  random: () => number,
  claims: readonly Claim[],
  sentences: readonly string[],
  claimsPerSource: number,
): GeneratedSources {
  const sources: Source[] = [];
  const sourceTexts: Record<string, string> = {};
  const sourcePaths: Record<string, string> = {};
  const sourceCount = Math.max(1, Math.ceil(claims.length / claimsPerSource));
  for (let s = 0; s < sourceCount; s++) {
    const id = `source-${s + 1}`;
    const path = `sources/${id}.txt`;
    const title = `Dispatch ${s + 1}: fighting and alliances`;
    const lines = [title, ""];
    for (let c = s * claimsPerSource; c < Math.min(claims.length, (s + 1) * claimsPerSource); c++) {
      const sentence = sentences[c] as string;
      lines.push(random() < 0.3 ? `${sentence} ${pick(random, FILLERS)}` : sentence);
      const claim = claims[c] as Claim;
      claim.evidence.push(
        random() < 0.15
          ? { source: id, quote: sentence, attributedTo: "local sources" }
          : { source: id, quote: sentence },
      );
    }
    sources.push({
      id,
      title,
      publisher: pick(random, PUBLISHERS),
      date: randomDate(random, 2020),
      text: path,
    });
    sourceTexts[id] = `${lines.join("\n")}\n`;
    sourcePaths[id] = path;
  }
  return { sources, sourceTexts, sourcePaths };
}
