import {
  type AttributeSurvey,
  type GexfMapping,
  type GexfSurvey,
  MAX_LISTED_VALUES,
  suggestMapping,
  surveyGexf,
  type ValueMapping,
  valueChoices,
} from "../io/gexf-mapping";
import { type GexfImportOptions, importGexf } from "../io/gexf-read";
import { RELATED_RELATION, UNKNOWN_KIND } from "../model/import-ontology";
import type { InputError, LoadedDataset, Ontology } from "../model/types";
import { h } from "./dom";
import "./import-mapping.css";

/**
 * The mapping step of a GEXF import, as a modal dialog: for the node kind and for the relation,
 * which attribute gives it and what each of its most frequent values stands for. Resolves to the
 * mapping, or null when the user cancels (the graph then stays as it was).
 */

interface Side {
  legend: string;
  count: number;
  attributes: readonly AttributeSurvey[];
  items: readonly { id: string; label: string }[];
  fallback: { id: string; label: string };
  noneLabel: string;
  initial: ValueMapping;
}

/** One half of the dialog (kinds or relations); `read` gives the mapping as chosen. */
function mappingSide(side: Side, name: string): { element: HTMLElement; read(): ValueMapping } {
  const attributeSelect = h(
    "select",
    { attrs: { id: `mapping-${name}-attribute` } },
    h("option", { text: side.noneLabel, attrs: { value: "" } }),
    ...side.attributes.map((attribute) =>
      h("option", {
        text: `${attribute.title} (${attribute.distinct}${attribute.distinct >= 1000 ? "+" : ""} values)`,
        attrs: { value: attribute.key },
      }),
    ),
  );
  attributeSelect.value = side.initial.attribute ?? "";
  const table = h("tbody");
  const valueTable = h(
    "table",
    { className: "mapping-values" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { text: "Value" }),
        h("th", { className: "mapping-count", text: "Count" }),
        h("th", { text: "Means" }),
      ),
    ),
    table,
  );
  const note = h("p", { className: "hint" });
  let selects: { value: string; select: HTMLSelectElement }[] = [];
  const targets = [...side.items, side.fallback];

  const renderValues = (mapping: ValueMapping) => {
    const attribute = side.attributes.find((a) => a.key === mapping.attribute);
    const choices = valueChoices(attribute, side.items, mapping, side.fallback.id);
    selects = choices.map(({ value }) => ({
      value,
      select: h(
        "select",
        { attrs: { "aria-label": `${side.legend} for "${value}"` } },
        ...targets.map((target) => h("option", { text: target.label, attrs: { value: target.id } })),
      ),
    }));
    table.replaceChildren(
      ...choices.map(({ value, count }, i) =>
        h(
          "tr",
          {},
          h("td", { className: "mapping-value", text: value === "" ? "(empty)" : value }),
          h("td", { className: "mapping-count", text: String(count) }),
          h("td", {}, selects[i]?.select),
        ),
      ),
    );
    choices.forEach(({ target }, i) => {
      const select = selects[i]?.select;
      if (select) select.value = target;
    });
    valueTable.hidden = attribute === undefined;
    note.textContent =
      attribute === undefined
        ? `Every one opens as "${side.fallback.label}".`
        : attribute.distinct > MAX_LISTED_VALUES
          ? `The ${MAX_LISTED_VALUES} most frequent values are listed; the others are matched by name, or open as "${side.fallback.label}".`
          : "";
  };
  attributeSelect.addEventListener("change", () => {
    const key = attributeSelect.value === "" ? null : attributeSelect.value;
    // A fresh choice of attribute starts from the automatic matches of its values.
    renderValues({ attribute: key, values: {} });
  });
  renderValues(side.initial);

  const element = h(
    "fieldset",
    { className: "mapping-side" },
    h("legend", { text: `${side.legend} (${side.count})` }),
    h("label", {}, h("span", { text: "Read from " }), attributeSelect),
    valueTable,
    note,
  );
  return {
    element,
    read() {
      const attribute = attributeSelect.value === "" ? null : attributeSelect.value;
      const values: Record<string, string> = {};
      for (const { value, select } of selects) values[value] = select.value;
      return { attribute, values };
    },
  };
}

/** Asks how to map a foreign GEXF onto the ontology; `problems` says why it did not open as it is. */
export function askImportMapping(
  file: string,
  survey: GexfSurvey,
  ontology: Ontology,
  problems: readonly InputError[],
): Promise<GexfMapping | null> {
  const suggested = suggestMapping(survey, ontology);
  const kinds = mappingSide(
    {
      legend: "Node kind",
      count: survey.nodes,
      attributes: survey.nodeAttributes,
      items: ontology.nodeKinds,
      fallback: { id: UNKNOWN_KIND, label: "Unknown" },
      noneLabel: 'nothing: every node is "Unknown"',
      initial: suggested.kind,
    },
    "kind",
  );
  const relations = mappingSide(
    {
      legend: "Relation",
      count: survey.edges,
      attributes: survey.edgeAttributes,
      items: ontology.relationKinds,
      fallback: { id: RELATED_RELATION, label: "related to" },
      noneLabel: 'nothing: every edge is "related to"',
      initial: suggested.relation,
    },
    "relation",
  );
  const first = problems[0];
  const why =
    first === undefined
      ? ""
      : `${first.path}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ""}`;
  const cancel = h("button", { text: "Cancel", attrs: { type: "button" } });
  const open = h("button", { className: "primary", text: "Open", attrs: { type: "submit" } });
  const form = h(
    "form",
    { attrs: { method: "dialog" } },
    h("h2", { text: `Open ${file} with a mapping`, attrs: { id: "mapping-heading" } }),
    h("p", {
      text: "This file does not follow the ontology, so it needs a mapping: where each node's kind and each edge's relation come from. What the mapping cannot tell opens as Unknown or related to; claims that break the kind rules open too, listed and marked in red.",
    }),
    why === "" ? null : h("p", { className: "mapping-why", text: why }),
    kinds.element,
    relations.element,
    h("div", { className: "button-row" }, cancel, open),
  );
  const dialog = h(
    "dialog",
    { className: "import-mapping", attrs: { "aria-labelledby": "mapping-heading" } },
    form,
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer: GexfMapping | null = null;
    form.addEventListener("submit", () => {
      answer = { kind: kinds.read(), relation: relations.read() };
    });
    cancel.addEventListener("click", () => dialog.close());
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(answer);
    });
    dialog.showModal();
  });
}

type MappedOutcome =
  | { ok: true; value: LoadedDataset; warnings: string[] }
  | { ok: false; errors: InputError[] };

/**
 * A GEXF that did not open as it is (`problems`): asks for a mapping and imports with it. A file
 * that cannot be read at all keeps its own errors; a cancelled dialog gives no errors at all.
 */
export async function importWithMapping(
  file: string,
  xml: string,
  ontology: Ontology,
  options: GexfImportOptions,
  problems: InputError[],
): Promise<MappedOutcome> {
  const surveyed = surveyGexf(file, xml);
  if (!surveyed.ok) return { ok: false, errors: problems };
  const mapping = await askImportMapping(file, surveyed.survey, ontology, problems);
  if (mapping === null) return { ok: false, errors: [] };
  return importGexf(file, xml, ontology, { ...options, mapping });
}
