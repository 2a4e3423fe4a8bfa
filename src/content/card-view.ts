/**
 * The card's view: its closed shadow root, the preact render of HoverCard, a live region, and
 * positioning with @floating-ui/dom. This module and what it imports (preact, floating-ui, the
 * card's components and CSS, its words) are more than half of the content script's code, and most
 * pages are read without a card ever opening: the build ships it as a separate file
 * (content-card.js, see vite.config.ts) that the controller (hover.ts) imports on the reader's
 * first pointer or focus on a highlight. Every page then compiles only the reading and painting
 * code (bench:page: ~1.7 ms of main-thread CPU less per page load here).
 *
 * The view also owns what only the card needs, so that none of it is on every page:
 * - its words: a translator over the browser's i18n (_locales), given to HoverCard by context;
 * - the opt-in sources (fact-checks, Wikiquote): it reads the reader's two switches once and
 *   follows their changes; with a source on, once the card has been placed on screen, it renders
 *   the sections ("looking…") and asks the background for the official's answers, once per
 *   person per page, filling them in when they arrive: the card itself opens as it does with the
 *   sources off. The per-claim look-up is sent only on the reader's click, with that claim's
 *   words. With both sources off it sends nothing.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from "@floating-ui/dom";
import { h, render } from "preact";
import browser from "webextension-polyfill";
import { createTranslator } from "../shared/i18n.ts";
import { sendFromContent } from "../shared/messaging.ts";
import { TEST_CARD_BUTTON_REQUEST, TEST_CARD_BUTTON_RESPONSE } from "../shared/test-hooks.ts";
import type { FactCheckItem, PagePerson, PersonSources, SourceAnswer } from "../shared/types.ts";
import { normaliseSourceSettings, SOURCE_SETTINGS_KEY, type SourceSettings } from "../store/source-settings.ts";
import { HoverCard, type CardSources, type HoverCardProps } from "../ui/card/HoverCard.tsx";
import cardCss from "../ui/card/card.css?inline";
import { I18nProvider } from "../ui/i18n.ts";
import { mountShadow } from "../ui/shadow-host.ts";
import type { ClaimCheckState } from "../ui/sources/Sources.tsx";

export interface CardViewEvents {
  pointerEnter(): void;
  pointerLeave(): void;
  escape(): void;
}

export interface CardView {
  readonly root: ShadowRoot;
  /** Renders the card and keeps it next to `anchor` until `hide`; resolves when first placed. */
  show(props: HoverCardProps, anchor: Element | VirtualElement): Promise<void>;
  /** Re-renders the shown card with new props. */
  update(props: HoverCardProps): void;
  hide(): void;
  destroy(): void;
}

const UNAVAILABLE = { status: "error", problem: "unavailable" } as const;

export function createCardView(doc: Document, events: CardViewEvents): CardView {
  const t = createTranslator((key, subs) => browser.i18n.getMessage(key, subs));
  const mount = mountShadow(doc, "card-host", cardCss);
  const wrap = doc.createElement("div");
  wrap.className = "wrap";
  wrap.hidden = true;
  wrap.lang = t.locale;
  mount.root.appendChild(wrap);
  const live = doc.createElement("div");
  live.className = "sr-only";
  live.setAttribute("aria-live", "polite");
  mount.root.appendChild(live);
  wrap.addEventListener("pointerenter", () => events.pointerEnter());
  wrap.addEventListener("pointerleave", () => events.pointerLeave());
  wrap.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      events.escape();
    }
  });
  let stopFollowing = () => {};
  /** The props of the card on screen, so an answer that arrives later can re-render it. */
  let shown: HoverCardProps | null = null;
  /** The card on screen has been placed once: from then on its sources' sections are rendered. */
  let isPlaced = false;
  /** Counts the cards shown, so a placement that resolves late belongs to its own card only. */
  let showCount = 0;
  const sources = createSources(() => shown && update(shown));
  const testHook = new AbortController();
  if (__SRCL_TEST__) answerButtonRequests(doc, mount.root, testHook.signal);

  const place = async (anchor: Element | VirtualElement): Promise<void> => {
    const { x, y } = await computePosition(anchor, wrap, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [
        offset(6),
        flip({ padding: 8, fallbackPlacements: ["top-start", "bottom-end", "top-end"] }),
        shift({ padding: 8 }),
        // Never taller than the room on the chosen side: the card scrolls inside instead of
        // running off the screen or over the name.
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            const card = wrap.firstElementChild as HTMLElement | null;
            if (card) card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    Object.assign(wrap.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
  };

  function update(props: HoverCardProps): void {
    shown = props;
    wrap.hidden = false;
    // The sources' sections (and their request) wait for the card's first placement: the card
    // opens as fast with the sources on as with them off, and they fill in right after.
    render(h(I18nProvider, { t }, h(HoverCard, { ...props, sources: isPlaced ? sources.of(props) : undefined })), wrap);
  }

  const hide = () => {
    stopFollowing();
    stopFollowing = () => {};
    shown = null;
    isPlaced = false;
    render(null, wrap);
    wrap.hidden = true;
  };

  return {
    root: mount.root,
    show(props, anchor) {
      stopFollowing();
      isPlaced = false;
      const shownAs = ++showCount;
      update(props);
      const { person } = props;
      live.textContent = person.role ? t("cardAnnounceRole", person.name, person.role) : t("cardAnnounce", person.name);
      // autoUpdate places the card at once (that first placement is what show resolves with),
      // then again whenever the anchor or the card moves or resizes.
      let placed: Promise<void> | null = null;
      stopFollowing = autoUpdate(
        anchor,
        wrap,
        () => {
          const p = place(anchor);
          placed ??= p;
        },
        { animationFrame: false },
      );
      const first = placed ?? place(anchor);
      void first.then(() => {
        if (shownAs !== showCount || !shown || isPlaced) return;
        isPlaced = true;
        // With both sources off the card stays as rendered: no second render of the same card.
        if (sources.wants(shown)) update(shown);
      });
      return first;
    },
    update,
    hide,
    destroy() {
      hide();
      sources.stop();
      testHook.abort();
      mount.destroy();
    },
  };
}

/**
 * The opt-in sources' state for this page: the reader's switches, each person's answers and each
 * claim's look-up. `changed` re-renders the card when something arrives.
 */
function createSources(changed: () => void) {
  let switches: SourceSettings | null = null;
  const people = new Map<string, PersonSources | "pending">();
  /** Per-claim look-ups by the claim's words (ids are per reading; the words are what was sent). */
  const checks = new Map<string, ClaimCheckState>();

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== "local" || !(SOURCE_SETTINGS_KEY in changes)) return;
    switches = normaliseSourceSettings(changes[SOURCE_SETTINGS_KEY]?.newValue);
    // A source switched on or off: answers given under the old switches are asked again.
    people.clear();
    changed();
  };
  void browser.storage.local.get(SOURCE_SETTINGS_KEY).then(
    (got) => {
      switches = normaliseSourceSettings(got[SOURCE_SETTINGS_KEY]);
      changed();
    },
    () => undefined,
  );
  browser.storage.onChanged.addListener(onStorage);

  /** Asks for a person's answers once per page, after the card that needs them is on screen. */
  function ask(person: PagePerson, kbId: string | null): void {
    people.set(person.name, "pending");
    setTimeout(() => {
      void sendFromContent("getPersonSources", { name: person.name, kbId }).then((r) => {
        people.set(person.name, r.ok ? r.value : { factChecks: UNAVAILABLE, quotes: UNAVAILABLE });
        changed();
      });
    }, 0);
  }

  /** Sends a claim's words once; again only after a failure (the reader's "Try again"). */
  function check(text: string): void {
    const last = checks.get(text);
    if (last && !(last.status === "done" && last.answer.status === "error")) return;
    checks.set(text, { status: "checking" });
    changed();
    void sendFromContent("checkClaim", { text }).then((r) => {
      const answer: SourceAnswer<FactCheckItem> = r.ok ? r.value : UNAVAILABLE;
      checks.set(text, { status: "done", answer });
      changed();
    });
  }

  /** Whether a card has sections to show: a source is on and the person is an official. */
  function wants(props: HoverCardProps): boolean {
    const s = switches;
    return s != null && (s.factCheck || s.wikiquote) && props.person.isOfficial;
  }

  /** The sections for a card, or undefined while both sources are off (nothing is shown). */
  function of(props: HoverCardProps): CardSources | undefined {
    const s = switches;
    if (!s || !wants(props)) return undefined;
    const answer = people.get(props.person.name);
    if (answer === undefined) ask(props.person, props.kb?.id ?? null);
    const pending = { status: "pending" } as const;
    const claimChecks: Record<string, ClaimCheckState> = {};
    for (const c of props.claims) {
      const state = checks.get(c.text);
      if (state) claimChecks[c.id] = state;
    }
    return {
      factChecks: !s.factCheck ? { status: "off" } : answer === undefined || answer === "pending" ? pending : answer.factChecks,
      quotes: !s.wikiquote ? { status: "off" } : answer === undefined || answer === "pending" ? pending : answer.quotes,
      canCheckClaims: s.factCheck,
      claimChecks,
      onCheckClaim: (claimId) => {
        const claim = props.claims.find((c) => c.id === claimId);
        if (claim) check(claim.text);
      },
    };
  }

  return {
    of,
    wants,
    stop: () => browser.storage.onChanged.removeListener(onStorage),
  };
}

/** Test builds only (shared/test-hooks.ts): where the open card's button or link with a text is. */
function answerButtonRequests(doc: Document, root: ShadowRoot, signal: AbortSignal): void {
  doc.addEventListener(
    TEST_CARD_BUTTON_REQUEST,
    (event) => {
      let request: { id?: unknown; text?: unknown };
      try {
        request = JSON.parse(String((event as CustomEvent).detail)) as { id?: unknown; text?: unknown };
      } catch {
        return;
      }
      const text = String(request.text);
      const target = Array.from(root.querySelectorAll("button, a[href]")).find((el) => (el.textContent ?? "").includes(text));
      target?.scrollIntoView({ block: "nearest" });
      const box = target?.getBoundingClientRect();
      const rect = box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null;
      doc.dispatchEvent(new CustomEvent(TEST_CARD_BUTTON_RESPONSE, { detail: JSON.stringify({ id: request.id, rect }) }));
    },
    { signal },
  );
}
