/**
 * Hand-written answers in the Wikidata API's JSON format (wbsearchentities, wbgetentities with
 * props=claims / props=labels). People and item ids (Q900000xx) are fictional test data.
 */
import lior from "./lior-ben-ami.json" with { type: "json" };

const item = (prop: string, numeric: number, n: number) => ({
  mainsnak: {
    snaktype: "value",
    property: prop,
    hash: `${prop.toLowerCase()}${numeric}${n}`.padEnd(40, "0"),
    datavalue: { value: { "entity-type": "item", "numeric-id": numeric, id: `Q${numeric}` }, type: "wikibase-entityid" },
    datatype: "wikibase-item",
  },
  type: "statement",
  id: `Q9000000${n}$5A6B7C8D-0000-4000-8000-00000000000${n}`,
  rank: "normal",
});

const hit = (id: string, label: string, description: string, matched: string) => ({
  id,
  title: id,
  pageid: Number(id.slice(1)),
  concepturi: `http://www.wikidata.org/entity/${id}`,
  repository: "wikidata",
  url: `//www.wikidata.org/wiki/${id}`,
  display: { label: { value: label, language: "en" }, description: { value: description, language: "en" } },
  label,
  description,
  match: { type: "label", language: "en", text: matched },
});

export const searchLior = {
  searchinfo: { search: "Lior Ben-Ami" },
  search: [
    hit("Q90000001", "Lior Ben-Ami", "Examplestani politician (test fixture)", "Lior Ben-Ami"),
    hit("Q90000005", "Lior Ben-Ami", "2019 documentary film (test fixture)", "Lior Ben-Ami"),
  ],
  "search-continue": 2,
  success: 1,
};

export const searchDana = {
  searchinfo: { search: "Dana Cole" },
  search: [
    hit("Q90000002", "Dana Cole", "Examplestani diplomat (test fixture)", "Dana Cole"),
    hit("Q90000003", "Dana Cole", "Examplestani journalist (test fixture)", "Dana Cole"),
    hit("Q90000004", "Dana Cole", "cargo ship (test fixture)", "Dana Cole"),
  ],
  success: 1,
};

export const searchNobody = { searchinfo: { search: "Nobody Atall" }, search: [], success: 1 };

/** wbgetentities props=claims for the search hits: who is human (P31=Q5). */
export function claimsOnly(ids: string[]) {
  const p31: Record<string, number> = { Q90000001: 5, Q90000002: 5, Q90000003: 5, Q90000004: 11446, Q90000005: 11424 };
  const entities: Record<string, unknown> = {};
  ids.forEach((id, n) => {
    const cls = p31[id];
    entities[id] = cls === undefined ? { id, missing: "" } : { type: "item", id, claims: { P31: [item("P31", cls, n)] } };
  });
  return { entities, success: 1 };
}

const LABELS: Record<string, string> = {
  Q90000101: "Minister of Transport of Examplestan",
  Q90000102: "Minister of Foreign Affairs of Examplestan",
  Q90000103: "Prime Minister of Examplestan",
  Q90000104: "Mayor of Example City",
  Q90000201: "Example Unity Party",
  Q90000301: "Examplestan",
  Q90000401: "University of Example",
};

/** wbgetentities props=labels. */
export function labelsOnly(ids: string[]) {
  const entities: Record<string, unknown> = {};
  for (const id of ids) {
    const l = LABELS[id];
    entities[id] = l === undefined ? { id, missing: "" } : { type: "item", id, labels: { en: { language: "en", value: l } } };
  }
  return { entities, success: 1 };
}

export const fullLior = lior;

export const noSuchEntity = {
  error: { code: "no-such-entity", info: 'Could not find an entity with the ID "Q0".', id: "Q0", "*": "See https://www.wikidata.org/w/api.php for API usage." },
  servedby: "mw-api-ext.eqiad.main-7d9f8b6c5-abcde",
};
