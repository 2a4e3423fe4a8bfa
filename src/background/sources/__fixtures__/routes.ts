/**
 * The three services the opt-in sources talk to, answered from the hand-written fixtures (see
 * the READMEs next to them): Google's Fact Check Tools `claims:search`, the Wikidata API and the
 * English Wikiquote API. One routing table for the unit tests (a fake fetch) and the e2e network
 * stub (a proxy in front of the browser), so both see the same answers for the same requests.
 *
 * Fact checks: the answer depends on the query and, to reach every documented failure from a
 * real browser, on the API key: `test-key-ok` answers, the others fail as their names say.
 */
import personLior from "../../factcheck/__fixtures__/person-lior-ben-ami.json" with { type: "json" };
import claimPortTariff from "../../factcheck/__fixtures__/claim-port-tariff.json" with { type: "json" };
import keyInvalid from "../../factcheck/__fixtures__/error-key-invalid.json" with { type: "json" };
import serviceDisabled from "../../factcheck/__fixtures__/error-service-disabled.json" with { type: "json" };
import quotaDaily from "../../factcheck/__fixtures__/error-quota-daily.json" with { type: "json" };
import rateMinute from "../../factcheck/__fixtures__/error-rate-minute.json" with { type: "json" };
import malformedClaims from "../../factcheck/__fixtures__/malformed.json" with { type: "json" };
import wikiquoteLior from "../../wikiquote/__fixtures__/lior-ben-ami.json" with { type: "json" };
import wikiquoteMissing from "../../wikiquote/__fixtures__/missing.json" with { type: "json" };
import { claimsOnly, fullLior, labelsOnly, noSuchEntity, searchDana, searchLior, searchNobody } from "../../wikidata/__fixtures__/responses.ts";

export const FACT_CHECK_HOST = "factchecktools.googleapis.com";
export const WIKIDATA_HOST = "www.wikidata.org";
export const WIKIQUOTE_HOST = "en.wikiquote.org";
export const STUBBED_HOSTS = [FACT_CHECK_HOST, WIKIDATA_HOST, WIKIQUOTE_HOST] as const;

/** API keys the fact-check stub knows. */
export const TEST_KEYS = {
  ok: "test-key-ok",
  invalid: "test-key-invalid",
  disabled: "test-key-disabled",
  quota: "test-key-quota",
  rate: "test-key-rate",
  down: "test-key-down",
  malformed: "test-key-malformed",
} as const;

/** The claim of the fixture page whose words the per-claim look-up finds. */
export const CHECKED_CLAIM = "The new port tariff has already cut shipping costs by half.";

export interface StubAnswer {
  status: number;
  contentType: string;
  body: string;
}

const json = (body: unknown, status = 200): StubAnswer => ({ status, contentType: "application/json; charset=UTF-8", body: JSON.stringify(body) });
const SERVICE_DOWN: StubAnswer = { status: 503, contentType: "text/html", body: "<html><body><h1>503 Service Unavailable</h1></body></html>" };

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

function factCheck(url: URL): StubAnswer {
  if (url.pathname !== "/v1alpha1/claims:search") return json({ error: { code: 404, message: "Not found", status: "NOT_FOUND" } }, 404);
  const p = url.searchParams;
  switch (p.get("key")) {
    case TEST_KEYS.ok:
      break;
    case TEST_KEYS.disabled:
      return json(serviceDisabled, 403);
    case TEST_KEYS.quota:
      return json(quotaDaily, 429);
    case TEST_KEYS.rate:
      return json(rateMinute, 429);
    case TEST_KEYS.down:
      return SERVICE_DOWN;
    case TEST_KEYS.malformed:
      return json(malformedClaims);
    default:
      return json(keyInvalid, 400);
  }
  const query = fold(p.get("query") ?? "");
  if (query === fold("Lior Ben-Ami")) return json(personLior);
  if (query.includes(fold("port tariff has already cut shipping costs"))) return json(claimPortTariff);
  return json({});
}

function wikidata(url: URL): StubAnswer {
  const p = url.searchParams;
  if (url.pathname !== "/w/api.php" || p.get("format") !== "json") return json({ error: { code: "badformat", info: "format=json expected" } }, 400);
  if (p.get("action") === "wbsearchentities") {
    const q = p.get("search");
    return json(q === "Lior Ben-Ami" ? searchLior : q === "Dana Cole" ? searchDana : searchNobody);
  }
  if (p.get("action") === "wbgetentities") {
    const ids = (p.get("ids") ?? "").split("|");
    const props = p.get("props") ?? "";
    if (ids.includes("Q0")) return json(noSuchEntity);
    if (props === "claims") return json(claimsOnly(ids));
    if (props === "labels") return json(labelsOnly(ids));
    if (ids.length === 1 && ids[0] === "Q90000001") return json(fullLior);
    return json(claimsOnly(ids));
  }
  return json({ error: { code: "unknown_action", info: "Unrecognized value for parameter action" } }, 400);
}

function wikiquote(url: URL): StubAnswer {
  const p = url.searchParams;
  if (url.pathname !== "/w/api.php" || p.get("action") !== "parse" || p.get("format") !== "json") return json({ error: { code: "badparams", info: "unexpected request" } }, 400);
  const page = p.get("page");
  return json(page === "Lior Ben-Ami" || page === "Lior Ben Ami" ? wikiquoteLior : wikiquoteMissing);
}

/** The stub's answer for a request to one of the three services, or null for any other host. */
export function stubAnswer(url: URL): StubAnswer | null {
  if (url.hostname === FACT_CHECK_HOST) return factCheck(url);
  if (url.hostname === WIKIDATA_HOST) return wikidata(url);
  if (url.hostname === WIKIQUOTE_HOST) return wikiquote(url);
  return null;
}
