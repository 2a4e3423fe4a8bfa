/**
 * Content script bootstrap: gate, context, read, paint, report — and stop cleanly.
 *
 * Lifecycle: one ContentContext per reading of one URL. It aborts (and everything it started
 * stops, highlights are removed) on SPA navigation, when the reader switches Sourcelight off for
 * the site or globally, on pagehide, and when the extension is updated or removed under us.
 * Nothing runs on pages that are not articles beyond the cheap gate.
 */
// The content build resolves this to the browser's own API (src/shared/native-browser.ts).
import browser from "webextension-polyfill";
import { handleInContent, sendFromContent } from "../shared/messaging.ts";
import { logError } from "../shared/log.ts";
import { summariseClaims, summarisePeople } from "../shared/page-summary.ts";
import { TEST_STATUS_ATTR, type TestStatus } from "../shared/test-hooks.ts";
import type { TextSnapshot } from "../extract/types.ts";
import type { FeedbackKind, HiddenHighlights, PageClaim, PageEnrichment, PageMeta, PagePerson, PageStatus, PersonContext } from "../shared/types.ts";
import { FEEDBACK_KEY, feedbackKey, normaliseFeedback, type FeedbackMap } from "../store/feedback.ts";
import { DEFAULT_SETTINGS, isSiteEnabled, readSettings, SETTINGS_KEY, settingsFromChange, type Settings } from "../store/settings.ts";
import { makerLine } from "./block-kinds.ts";
import { findArticleRoot } from "./article-root.ts";
import { ContentContext, watchLocation } from "./context.ts";
import { watchArticle, type DomWatcher } from "./dom-watcher.ts";
import { checkArticle } from "./gate.ts";
import { Highlighter, NAME_TAG, PERSON_ATTR, type ClaimSpan, type NameSpan } from "./highlighter.ts";
import { CardController, type CardSource } from "./hover.ts";
import { readHeadFacts, readPageMeta, type HeadFacts } from "./page-meta.ts";
import { pageLanguage } from "./page-language.ts";
import { indexArticle, inSlices } from "./reader.ts";
import { watchShown, type ShownWatcher } from "./shown-watcher.ts";
import { installTestHook } from "./test-hook.ts";
import { isShownNow } from "./visibility.ts";

const instanceId = crypto.randomUUID();
/** At most this long after the DOM is complete before the first reading, busy page or not: the
 *  reading runs in slices of SLICE_BUDGET_MS (reader.ts), so starting on a busy page makes no long
 *  task, and a reader waits less. eval:pages on the 133 saved pages, Chromium, 25 against 50 ms in
 *  the same runs: the same 1,652 highlights (none in a hidden element: the paint checks that each
 *  element still shows), DOMContentLoaded → painted median 95 against 103 ms, p90 178 against 192. */
const FIRST_IDLE_TIMEOUT_MS = 25;
/** Text nodes whose names are wrapped between two clock checks. */
const NAME_JOBS_PER_CHECK = 16;

/** Everything the current reading knows; replaced on each reading. */
export interface PageView {
  status: PageStatus;
  readonly people: PagePerson[];
  readonly claims: PageClaim[];
  enrichment: PageEnrichment | null;
  highlighter: Highlighter | null;
  card: CardController | null;
  /** The text the reading sent to the engine (its blocks and their kinds), or null. */
  snapshot: TextSnapshot | null;
}

let settings: Settings;
let feedback: FeedbackMap = {};
let ctx: ContentContext | null = null;
let watcher: DomWatcher | null = null;
/** Watches what holds the current paint for the page hiding it (shown-watcher.ts). */
let shownWatcher: ShownWatcher | null = null;
/** What the page hid of the current paint, waiting for the reading's pageEnriched: the
 *  background stores a reading's state before it sends that, and this applies to that state. */
let unreportedHidden: HiddenHighlights | null = null;
let view: PageView = emptyView("reading");
/** The reader hid the highlights on this page (toggle command); survives re-reads until shown again. */
let isHidden = false;
const givenFeedback = new Map<string, FeedbackKind>();

/** Tells the background what the page hid of the current paint (the popup leaves it out). */
function reportHidden(hidden: HiddenHighlights): void {
  unreportedHidden = view.enrichment ? null : hidden;
  if (!unreportedHidden) void sendFromContent("highlightsShown", { instanceId, hidden });
}

function emptyView(status: PageStatus): PageView {
  return { status, people: [], claims: [], enrichment: null, highlighter: null, card: null, snapshot: null };
}

function setStatus(status: TestStatus): void {
  if (__SRCL_TEST__) document.documentElement.setAttribute(TEST_STATUS_ATTR, status);
}

/** Test builds only: when each step of the first reading happened (performance.now(), the
 *  page's clock), for npm run eval:pages — how the time to paint splits between the page and
 *  the background. */
const timeline: Record<string, number> = {};
function mark(step: string): void {
  if (__SRCL_TEST__) timeline[step] ??= performance.now();
}

/** What the reader told us about this name, if anything (most readers never do: no key is built then). */
function feedbackFor(name: string): FeedbackKind | undefined {
  for (const _ in feedback) return feedback[feedbackKey(name)];
  return undefined;
}

/** The people we highlight: officials the reader has not dismissed. */
function isHighlighted(p: { name: string; isOfficial: boolean }): boolean {
  return p.isOfficial && feedbackFor(p.name) !== "not-official";
}

/** The head's facts when the page passes the article gate, else null. */
function articleFacts(): HeadFacts | null {
  const facts = readHeadFacts(document);
  return checkArticle(document, facts) === "article" ? facts : null;
}

/** The article gate's verdict at DOMContentLoaded (with the head's facts it read), when it passed. */
let gateAtDomComplete: { url: string; facts: HeadFacts } | null = null;

async function start(): Promise<void> {
  stop();
  const context = new ContentContext();
  ctx = context;
  const url = location.href;
  const skip = (status: PageStatus, testStatus: TestStatus, meta: PageMeta | null = null) => {
    view = emptyView(status);
    setStatus(testStatus);
    void sendFromContent("pageSkipped", { instanceId, status, meta });
  };
  if (!settings.enabled) return skip("off-global", "off");
  if (!isSiteEnabled(settings, location.hostname)) return skip("off-site", "off");
  if (isHidden) return;
  // The gate already passed at DOMContentLoaded for this address: its reading of the head stands.
  const early = gateAtDomComplete?.url === url ? gateAtDomComplete : null;
  gateAtDomComplete = null;
  const facts = early?.facts ?? articleFacts();
  if (!facts) return skip("not-article", "skipped");
  const root = findArticleRoot(document);
  const meta = readPageMeta(document, url, facts, root);
  if (!root) return skip("not-article", "skipped", meta);
  setStatus("reading");
  view = emptyView("reading");
  // Watch before the first read, so a post the page adds meanwhile is not missed; our own writes
  // are made with the watcher off (unobserved).
  const declaredLang = meta.lang;
  watcher = watchArticle(context, root, () => {
    if (!root.isConnected) void start();
    else void readAndPaint(context, root, meta, declaredLang);
  });
  context.onAbort(() => watcher?.stop());
  await readAndPaint(context, root, meta, declaredLang);
}

/** Our own DOM writes, made without the article watcher seeing them. */
function unobserved<T>(write: () => T): T {
  return watcher ? watcher.unobserved(write) : write();
}

/** Bumped by every reading, so a reading overtaken by a newer one (a live blog grew) stops. */
let generation = 0;
/** The reading whose analysis was asked for last; the background's pageEnriched push names it. */
let currentReadingId = "";
/** A pageEnriched push that arrived before its reading was painted. */
let earlyEnrichment: { readingId: string; enrichment: PageEnrichment } | null = null;
/** The reading the current view shows. */
let paintedReadingId = "";

/** Byline and credit lines shown apart in the popup, at most, and their longest length. */
const MAX_MAKER_LINES = 6;
const MAX_MAKER_CHARS = 160;

/** The article's makers as its byline and credit blocks state them (distinct lines, in order). */
function makersOf(snapshot: TextSnapshot): string[] {
  const lines = new Set<string>();
  for (const b of snapshot.blocks) {
    if (b.kind !== "byline" && b.kind !== "credit") continue;
    const line = makerLine(snapshot.text.slice(b.start, Math.min(b.end, b.start + MAX_MAKER_CHARS)));
    if (line) lines.add(line);
    if (lines.size >= MAX_MAKER_LINES) break;
  }
  return [...lines];
}

/** `declaredLang` is the language the page declares; meta.lang becomes the one its text is in. */
async function readAndPaint(context: ContentContext, root: Element, meta: PageMeta, declaredLang: string | null): Promise<void> {
  const gen = ++generation;
  const isCurrent = () => context.isValid && gen === generation;
  // The previous paint goes first: the new index must see the page's own text nodes.
  shownWatcher?.stop();
  shownWatcher = null;
  unreportedHidden = null;
  view.card?.close();
  unobserved(() => view.highlighter?.clear());
  mark("read");
  const index = await indexArticle(context, root);
  if (!index || !isCurrent()) return;
  mark("indexed");
  const changesAtIndex = watcher?.changes() ?? NaN;
  const text = index.snapshot.text;
  // Only a language the engine reads is read; the popup names the page's language otherwise.
  const language = pageLanguage(declaredLang, text);
  meta.lang = language.code ?? declaredLang;
  if (!language.isRead) {
    view = { ...emptyView("other-language"), snapshot: index.snapshot };
    setStatus("skipped");
    void sendFromContent("pageSkipped", { instanceId, status: "other-language", meta });
    return;
  }
  meta.makers = makersOf(index.snapshot);
  const readingId = `${instanceId}:${gen}`;
  currentReadingId = readingId;
  const sentAt = performance.timeOrigin + performance.now();
  const reply = await sendFromContent("analyzePage", { instanceId, meta, snapshot: index.snapshot, readingId });
  const backAt = performance.timeOrigin + performance.now();
  if (!isCurrent()) return;
  if (!reply.ok) {
    logError("analyzePage", reply.error);
    setStatus("stopped");
    return;
  }
  const { analysis, took } = reply.value;
  mark("analysed");
  if (__SRCL_TEST__) {
    const steps = { engine: took.engine, stored: took.stored, linking: took.linking, there: took.arrived - sentAt, back: backAt - took.replied };
    for (const [step, ms] of Object.entries(steps)) timeline[`background ${step}`] ??= ms;
  }
  const highlighter = new Highlighter(document);
  view.highlighter = highlighter;
  const shown = new Set(analysis.people.filter(isHighlighted).map((p) => p.id));
  const claimSpans: ClaimSpan[] = settings.showClaims
    ? analysis.quotes
        .filter((q) => (q.speakerId ? shown.has(q.speakerId) : q.source !== null))
        .map((q) => ({ start: q.start, end: q.end, claimId: q.id, speakerId: q.speakerId }))
    : [];
  const nameSpans: NameSpan[] = [];
  for (const person of analysis.people) {
    if (!shown.has(person.id)) continue;
    const description = [person.role, person.represents].filter(Boolean).join(", ") || null;
    let isFirst = true;
    for (const m of person.mentions) {
      if (m.kind !== "name" && m.kind !== "surname") continue;
      nameSpans.push({ start: m.start, end: m.end, personId: person.id, description, isFirst });
      isFirst = false;
    }
  }
  // Names a batch of text nodes per slice, then the claims (translated through our splits). If the
  // page touched the article while the background read it, spans are checked against the live
  // text: stale ones are skipped, and the watcher brings the next reading. (No watcher, or a
  // stopped one, counts NaN: checked.)
  const verify = watcher?.changes() !== changesAtIndex;
  const claimPlans = highlighter.planClaims(index, claimSpans, verify);
  const jobs = highlighter.planNames(index, nameSpans, verify);
  let next = 0;
  const painted = await inSlices(
    context,
    (until) => {
      if (!isCurrent()) return true;
      unobserved(() => {
        while (next < jobs.length && performance.now() < until) highlighter.paintNameJobs(jobs.slice(next, (next += NAME_JOBS_PER_CHECK)));
      });
      return next >= jobs.length;
    },
    true,
  );
  if (!painted || !isCurrent()) {
    unobserved(() => highlighter.clear());
    return;
  }
  unobserved(() => highlighter.paintClaims(claimPlans));
  const previous = view;
  // The card's summaries are made when a card first asks (most pages are read, not hovered).
  let people: PagePerson[] | undefined;
  let claims: PageClaim[] | undefined;
  view = {
    status: "article",
    get people() {
      return (people ??= summarisePeople(analysis));
    },
    get claims() {
      return (claims ??= summariseClaims(analysis, text));
    },
    // The background's said-elsewhere answer may have overtaken the analysis: use it if so.
    enrichment: earlyEnrichment?.readingId === readingId ? earlyEnrichment.enrichment : null,
    highlighter,
    // One card controller per reading context; it follows whichever paint is current.
    card: previous.card ?? new CardController(context, document, () => view.highlighter, cardSource),
    snapshot: index.snapshot,
  };
  earlyEnrichment = null;
  paintedReadingId = readingId;
  if (view.enrichment) for (const update of pendingUpdates.splice(0)) applyContextUpdate(view.enrichment, update);
  context.onAbort(() => highlighter.clear());
  // The page may hide (or show again) what holds a highlight after this paint, or take the whole
  // article away: the highlights follow, or the reading starts over (the page may be no article).
  shownWatcher = watchShown(context, {
    root,
    elements: highlighter.paintedElements(),
    onCheck: () => {
      if (!isCurrent() || !unobserved(() => highlighter.showOnly(isShownNow))) return;
      view.card?.closeIfDetached();
      reportHidden(highlighter.takenDown());
    },
    onGone: () => {
      if (isCurrent()) void start();
    },
  });
  // An attribute on <html> restyles the whole document: set it only for a non-default style.
  const html = document.documentElement;
  if (settings.highlightStyle === DEFAULT_SETTINGS.highlightStyle) html.removeAttribute("data-srcl-style");
  else if (html.getAttribute("data-srcl-style") !== settings.highlightStyle) html.setAttribute("data-srcl-style", settings.highlightStyle);
  mark("painted");
  setStatus("painted");
}

type ContextUpdate = { personId: string | null; context: PersonContext | null; note: string | null };
const pendingUpdates: ContextUpdate[] = [];

function applyContextUpdate(enrichment: PageEnrichment, { personId, context, note }: ContextUpdate): void {
  if (personId && context) enrichment.people[personId] = context;
  if (note) enrichment.note = note;
}

function stop(): void {
  pendingUpdates.length = 0;
  ctx?.abort("restart");
  ctx = null;
  watcher = null;
  shownWatcher = null;
  unreportedHidden = null;
  view.card?.destroy();
  view.highlighter?.clear();
  if (document.documentElement.hasAttribute("data-srcl-style")) document.documentElement.removeAttribute("data-srcl-style");
  view = emptyView("reading");
}

const cardSource: CardSource = {
  person: (id) => view.people.find((p) => p.id === id),
  claimsOf: (id) => view.claims.filter((c) => c.speakerId === id),
  context: (id) => {
    const c = view.enrichment?.people[id];
    const name = view.people.find((p) => p.id === id)?.name ?? "";
    const dropKb = feedbackFor(name) === "not-this-person" || givenFeedback.get(id) === "not-this-person";
    return {
      kb: dropKb ? null : (c?.kb ?? null),
      elsewhere: c?.elsewhere ?? [],
      elsewhereTotal: c?.elsewhereTotal ?? 0,
      isLoading: !view.enrichment,
      note: view.enrichment?.note ?? null,
    };
  },
  feedback: (id) => givenFeedback.get(id) ?? null,
  onFeedback: (id, kind) => {
    const person = view.people.find((p) => p.id === id);
    if (!person) return;
    givenFeedback.set(id, kind);
    void sendFromContent("reportFeedback", { name: person.name, represents: person.represents, kind });
  },
  onMore: (id) => {
    const person = view.people.find((p) => p.id === id);
    if (person) void sendFromContent("openMemory", { query: person.name });
  },
  revealClaim: (claimId) => revealClaim(claimId),
};

function revealClaim(claimId: string): boolean {
  const claim = view.highlighter?.claims.find((c) => c.claimId === claimId);
  if (!claim) return false;
  const el = claim.range.startContainer.parentElement;
  el?.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  view.highlighter?.focusClaim(claimId);
  return true;
}

function revealPerson(personId: string, claimId?: string): boolean {
  const el = view.highlighter?.nameElements.find((n) => n.getAttribute(PERSON_ATTR) === personId);
  if (!el || !view.card) return false;
  el.scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
  view.card.open(personId, el, el, claimId ?? null);
  return true;
}

/** Moves focus to the next highlighted official after the focused one (wrapping) and opens its card. */
function nextOfficial(): boolean {
  const names = view.highlighter?.nameElements ?? [];
  if (names.length === 0 || isHidden) return false;
  const active = document.activeElement;
  const at = active instanceof Element ? names.findIndex((n) => n === active.closest(NAME_TAG)) : -1;
  // the next mention of a different person, so the shortcut walks people, not repeats
  const currentPerson = at >= 0 ? names[at]!.getAttribute(PERSON_ATTR) : null;
  let next = names[(at + 1) % names.length]!;
  for (let i = 1; i <= names.length; i++) {
    const candidate = names[(at + i + names.length) % names.length]!;
    if (candidate.getAttribute(PERSON_ATTR) !== currentPerson) {
      next = candidate;
      break;
    }
  }
  next.scrollIntoView({ block: "center" });
  next.focus({ preventScroll: true });
  view.card?.open(next.getAttribute(PERSON_ATTR)!, next, next);
  return true;
}

/** Hides or shows the highlights without forgetting the reading. */
function toggleHighlights(): boolean {
  if (!isHidden && !view.highlighter) return false;
  isHidden = !isHidden;
  if (isHidden) {
    stop();
    setStatus("off");
  } else {
    void start();
  }
  return !isHidden;
}

/** Resolves once the document is parsed (DOMContentLoaded), at once if it already is. */
function domComplete(): Promise<void> {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }));
}

async function main(): Promise<void> {
  // A module is evaluated once per world, however often the loader runs: one reader per page.
  // The loader starts us at document_start, so this module loads while the page is parsed: wait for
  // the complete DOM, then for the page's first idle moment, so its own start-up work (hydration)
  // goes first, while the settings are read.
  const dom = domComplete();
  const idle = dom.then(
    () =>
      new Promise<void>((resolve) => {
        // Counted from DOMContentLoaded: when this module arrived later, the page had that time.
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        const since = nav && nav.domContentLoadedEventEnd > 0 ? performance.now() - nav.domContentLoadedEventEnd : 0;
        const wait = FIRST_IDLE_TIMEOUT_MS - since;
        if (wait > 0 && typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: wait });
        else setTimeout(resolve, 0);
      }),
  );
  mark("loaded");
  void idle.then(() => mark("idle"));
  const [stored] = await Promise.all([browser.storage.local.get([SETTINGS_KEY, FEEDBACK_KEY]), dom]);
  settings = await readSettings({ get: async () => stored, set: async () => undefined });
  feedback = normaliseFeedback(stored[FEEDBACK_KEY]);
  // An article to read: the background gets ready (a worker asleep wakes) while we wait and read.
  const facts = settings.enabled && isSiteEnabled(settings, location.hostname) ? articleFacts() : null;
  if (facts) {
    gateAtDomComplete = { url: location.href, facts };
    void sendFromContent("prepare", null);
  }
  await idle;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    const feedbackChange = changes[FEEDBACK_KEY];
    if (feedbackChange) feedback = normaliseFeedback(feedbackChange.newValue);
    const next = settingsFromChange(changes);
    if (!next) return;
    const wasOn = isSiteEnabled(settings, location.hostname);
    const styleChanged = next.highlightStyle !== settings.highlightStyle || next.showClaims !== settings.showClaims;
    settings = next;
    const isOn = isSiteEnabled(settings, location.hostname);
    if (wasOn && !isOn) {
      stop();
      view = emptyView(settings.enabled ? "off-site" : "off-global");
      setStatus("off");
      void sendFromContent("pageSkipped", { instanceId, status: view.status, meta: readPageMeta(document, location.href) });
    } else if (isOn && (!wasOn || styleChanged)) void start();
  });
  handleInContent({
    toggleHighlights: () => toggleHighlights(),
    nextOfficial: () => nextOfficial(),
    reveal: ({ personId, claimId }) => revealPerson(personId, claimId),
    pageEnriched: ({ readingId, enrichment }) => {
      if (readingId !== currentReadingId) return null;
      if (readingId !== paintedReadingId) {
        earlyEnrichment = { readingId, enrichment };
        return null;
      }
      view.enrichment = enrichment;
      if (unreportedHidden) reportHidden(unreportedHidden);
      for (const update of pendingUpdates.splice(0)) applyContextUpdate(enrichment, update);
      view.card?.render();
      return null;
    },
    contextUpdated: (update) => {
      // An update can overtake the page's own answer (a cached Wikidata hit): keep it until then.
      if (view.enrichment) applyContextUpdate(view.enrichment, update);
      else pendingUpdates.push(update);
      view.card?.render();
      return null;
    },
  });
  const stopLocation = watchLocation(() => void start());
  window.addEventListener("pagehide", (e) => {
    if (!e.persisted) {
      stopLocation();
      stop();
    }
  });
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) void start();
  });
  if (__SRCL_TEST__) installTestHook({ view: () => view, toggleHighlights, nextOfficial, timeline: () => timeline });
  await start();
}

main().catch((e) => logError("content", e));
