import { mulberry32 } from "../../src/model/random";
import type { Ontology } from "../../src/model/types";

/**
 * GEXF files as a user brings them from another tool: no Faultline evidence, sources or claim ids,
 * only nodes with positions and edges. Seeded, so every run of the bench opens the same bytes.
 *
 * - typed: each node has a `kind` of the ontology and each edge a `relation` the ontology allows
 *   between the two kinds (what a careful Gephi user who knows the ontology exports);
 * - untyped: what Gephi writes for any graph: no kinds, edges with a weight and nothing else.
 *
 * Degrees are heavy-tailed (each new node links to earlier nodes picked in proportion to their
 * degree), as in real actor graphs: a few hubs, many leaves. Positions are clustered by kind.
 */

export interface ForeignGexfOptions {
  nodes: number;
  edges: number;
  typed: boolean;
  seed?: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The relation ids allowed from kind a to kind b, for every pair of kinds. */
function allowedRelations(ontology: Ontology): Map<string, string[]> {
  const allowed = new Map<string, string[]>();
  for (const relation of ontology.relationKinds)
    for (const from of relation.from)
      for (const to of relation.to) {
        const key = `${from}>${to}`;
        const list = allowed.get(key);
        if (list === undefined) allowed.set(key, [relation.id]);
        else list.push(relation.id);
      }
  return allowed;
}

/** Kinds of actors and places in the proportions a conflict graph has them. */
const KIND_WEIGHTS: Record<string, number> = {
  "armed-group": 25,
  militia: 15,
  organization: 12,
  person: 10,
  city: 12,
  community: 6,
  government: 6,
  "armed-forces": 5,
  state: 4,
  region: 3,
  coalition: 2,
};

export function foreignGexf(ontology: Ontology, options: ForeignGexfOptions): string {
  const { nodes, edges, typed } = options;
  const random = mulberry32(options.seed ?? 11);
  const pickIndex = (n: number) => Math.floor(random() * n);
  const kindIds = ontology.nodeKinds.map((k) => k.id).filter((id) => (KIND_WEIGHTS[id] ?? 0) > 0);
  const totalWeight = kindIds.reduce((sum, id) => sum + (KIND_WEIGHTS[id] ?? 0), 0);
  const pickKind = () => {
    let left = random() * totalWeight;
    for (const id of kindIds) {
      left -= KIND_WEIGHTS[id] ?? 0;
      if (left < 0) return id;
    }
    return kindIds[kindIds.length - 1] ?? "";
  };
  const kinds = Array.from({ length: nodes }, pickKind);
  const allowed = allowedRelations(ontology);

  // Preferential attachment: `ends` holds every node once plus once per edge end.
  const ends: number[] = [];
  const seen = new Set<number>();
  const edgeList: [number, number, string][] = [];
  const perNode = edges / Math.max(1, nodes - 1);
  let owed = 0;
  const tryEdge = (a: number, b: number): boolean => {
    if (a === b || seen.has(a * nodes + b)) return false;
    const relations = typed ? allowed.get(`${kinds[a]}>${kinds[b]}`) : ["supports"];
    if (relations === undefined) return false;
    seen.add(a * nodes + b);
    edgeList.push([a, b, relations[pickIndex(relations.length)] ?? ""]);
    ends.push(a, b);
    return true;
  };
  for (let node = 1; node < nodes && edgeList.length < edges; node++) {
    ends.push(node - 1);
    owed += perNode;
    for (; owed >= 1 && edgeList.length < edges; owed--) {
      for (let attempt = 0; attempt < 10; attempt++) {
        const other = random() < 0.8 ? (ends[pickIndex(ends.length)] ?? 0) : pickIndex(node);
        if (random() < 0.5 ? tryEdge(node, other) : tryEdge(other, node)) break;
      }
    }
  }
  for (let attempt = 0; edgeList.length < edges && attempt < edges * 100; attempt++)
    tryEdge(ends[pickIndex(ends.length)] ?? 0, pickIndex(nodes));

  const centre = new Map(
    kindIds.map((id, i) => {
      const angle = (2 * Math.PI * i) / kindIds.length;
      return [id, [Math.cos(angle) * 800, Math.sin(angle) * 800]] as const;
    }),
  );
  const spread = 200 + Math.sqrt(nodes) * 2;
  const jitter = () => (random() + random() + random() - 1.5) * spread;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta lastmodifieddate="2025-01-15"><creator>bench foreign-gexf</creator></meta>',
    '  <graph mode="static" defaultedgetype="directed">',
  ];
  if (typed) {
    out.push(
      '    <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>',
      '    <attributes class="edge"><attribute id="0" title="relation" type="string"/></attributes>',
    );
  }
  out.push("    <nodes>");
  for (let i = 0; i < nodes; i++) {
    const kind = kinds[i] ?? "";
    const [cx, cy] = centre.get(kind) ?? [0, 0];
    const label = escapeXml(`${kind.replace("-", " ")} ${i}`);
    const attvalues = typed ? `<attvalues><attvalue for="0" value="${kind}"/></attvalues>` : "";
    const x = ((cx ?? 0) + jitter()).toFixed(2);
    const y = ((cy ?? 0) + jitter()).toFixed(2);
    out.push(
      `      <node id="${i}" label="${label}">${attvalues}<viz:position x="${x}" y="${y}" z="0.0"/></node>`,
    );
  }
  out.push("    </nodes>", "    <edges>");
  edgeList.forEach(([a, b, relation], i) => {
    const body = typed ? `><attvalues><attvalue for="0" value="${relation}"/></attvalues></edge>` : "/>";
    out.push(`      <edge id="${i}" source="${a}" target="${b}" weight="1.0"${body}`);
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
