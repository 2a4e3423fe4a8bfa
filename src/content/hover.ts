/**
 * The hover card's controller: one set of delegated listeners for the whole page (never one per
 * highlight), hit-testing names by element and claims by caret position against the painted
 * claim ranges. Opens after a short hover intent delay (no flicker when the pointer crosses a
 * name), stays while the pointer moves into the card, closes on Escape, on pointer leave, and
 * when the name scrolls out of view. Keyboard: focus on a name opens its card; Enter or
 * ArrowDown moves focus into the card; Escape returns focus to the name.
 * The view (card-view.ts: shadow root, preact, floating-ui) is loaded on the first pointer or
 * focus on a highlight, within the hover-intent delay; a card asked for before it is there opens
 * when it arrives.
 */
import type { VirtualElement } from "@floating-ui/dom";
import { logError } from "../shared/log.ts";
import type { ElsewhereClaim, FeedbackKind, KbFacts, PageClaim, PagePerson } from "../shared/types.ts";
import type { HoverCardProps } from "../ui/card/HoverCard.tsx";
import { loadCardView } from "./card-loader.ts";
import type { CardView } from "./card-view.ts";
import type { ContentContext } from "./context.ts";
import { NAME_TAG, PERSON_ATTR, type Highlighter } from "./highlighter.ts";

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 300;

export interface CardSource {
  person(personId: string): PagePerson | undefined;
  claimsOf(personId: string): PageClaim[];
  context(personId: string): { kb: KbFacts | null; elsewhere: ElsewhereClaim[]; elsewhereTotal: number; isLoading: boolean; note: string | null };
  feedback(personId: string): FeedbackKind | null;
  onFeedback(personId: string, kind: FeedbackKind): void;
  onMore(personId: string): void;
  revealClaim(claimId: string): void;
}

interface OpenCard {
  personId: string;
  claimId: string | null;
  anchor: Element | VirtualElement;
  anchorEl: Element | null;
}

export class CardController {
  #view: CardView | null = null;
  #viewLoading: Promise<CardView | null> | undefined;
  /** A card asked for before the view was loaded. */
  #pending: OpenCard | null = null;
  #open: OpenCard | null = null;
  #openTimer = 0;
  #closeTimer = 0;
  #pointerInCard = false;
  #lastMove = 0;
  #isReturningFocus = false;
  /** Stops the scroll listener of the open card. */
  #scrollWatch: AbortController | null = null;
  /** Test builds only: open() durations in ms (render + first position), read by bench:page. */
  readonly timings: number[] = [];

  constructor(
    private readonly ctx: ContentContext,
    private readonly doc: Document,
    private readonly highlighter: () => Highlighter | null,
    private readonly source: CardSource,
  ) {
    ctx.addEventListener(doc, "pointerover", (e) => this.#onPointerOver(e), { passive: true });
    ctx.addEventListener(doc, "pointerout", (e) => this.#onPointerOut(e), { passive: true });
    ctx.addEventListener(doc, "pointermove", (e) => this.#onPointerMove(e), { passive: true });
    ctx.addEventListener(doc, "focusin", (e) => this.#onFocusIn(e));
    ctx.addEventListener(doc, "keydown", (e) => this.#onKeyDown(e));
    // Scrolling is watched only while a card is open (#watchScroll): no JavaScript of ours runs
    // on the page's scroll events otherwise.
    ctx.onAbort(() => this.destroy());
  }

  /** The card's visible text and label, for the test-build hook only. */
  snapshot(): { text: string; label: string; html: string; css: string } | null {
    if (!this.#open || !this.#view) return null;
    const root = this.#view.root;
    const dialog = root.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const labelId = dialog.getAttribute("aria-labelledby");
    const label = labelId ? (root.getElementById(labelId)?.textContent ?? "") : "";
    const css = root.querySelector("style")?.textContent ?? "";
    return { text: dialog.textContent ?? "", label, html: dialog.outerHTML, css };
  }

  /** Opens the card of a person at an element (name) or a virtual element (claim range). */
  open(personId: string, anchor: Element | VirtualElement, anchorEl: Element | null, claimId: string | null = null, askedAt = performance.now()): void {
    window.clearTimeout(this.#closeTimer);
    if (this.#open && this.#open.personId === personId && this.#open.claimId === claimId && this.#open.anchorEl === anchorEl) return;
    const view = this.#view;
    if (!view) {
      this.#pending = { personId, claimId, anchor, anchorEl };
      void this.#loadView().then((loaded) => {
        const pending = this.#pending;
        this.#pending = null;
        // timed from the first ask, so the test builds' timings include the view's loading
        if (loaded && pending && this.ctx.isValid) this.open(pending.personId, pending.anchor, pending.anchorEl, pending.claimId, askedAt);
      });
      return;
    }
    this.#closeQuietly();
    const props = this.#props({ personId, claimId, anchor, anchorEl });
    if (!props) return;
    this.#open = { personId, claimId, anchor, anchorEl };
    this.#watchScroll();
    anchorEl?.setAttribute("aria-expanded", "true");
    this.highlighter()?.focusClaim(claimId);
    // The view announces the card in the reader's language (its words load with it, on first hover).
    const placed = view.show(props, anchor);
    if (__SRCL_TEST__) void placed.then(() => this.timings.push(performance.now() - askedAt));
  }

  /** Starts loading the view (on the first sign the reader may want a card); resolves null on failure. */
  #loadView(): Promise<CardView | null> {
    this.#viewLoading ??= loadCardView().then(
      ({ createCardView }) => {
        if (!this.ctx.isValid) return null;
        this.#view = createCardView(this.doc, {
          pointerEnter: () => {
            this.#pointerInCard = true;
            window.clearTimeout(this.#closeTimer);
          },
          pointerLeave: () => {
            this.#pointerInCard = false;
            this.#scheduleClose();
          },
          escape: () => this.close(true),
        });
        return this.#view;
      },
      (e: unknown) => {
        this.#viewLoading = undefined;
        logError("card view", e);
        return null;
      },
    );
    return this.#viewLoading;
  }

  #props(card: OpenCard): HoverCardProps | null {
    const person = this.source.person(card.personId);
    if (!person) return null;
    const context = this.source.context(card.personId);
    return {
      person,
      kb: context.kb,
      claims: this.source.claimsOf(card.personId),
      focusedClaimId: card.claimId,
      elsewhere: context.elsewhere,
      elsewhereTotal: context.elsewhereTotal,
      isLoading: context.isLoading,
      note: context.note,
      feedbackGiven: this.source.feedback(card.personId),
      onClaim: (id) => this.source.revealClaim(id),
      onMore: () => this.source.onMore(card.personId),
      onFeedback: (kind) => {
        this.source.onFeedback(card.personId, kind);
        this.render();
      },
      onClose: () => this.close(true),
    };
  }

  /** Re-renders the open card (e.g. when the background's data arrives). */
  render(): void {
    const open = this.#open;
    if (!open || !this.#view) return;
    const props = this.#props(open);
    if (!props) return this.close();
    this.#view.update(props);
  }

  close(returnFocus = false): void {
    const anchorEl = this.#open?.anchorEl;
    this.#closeQuietly();
    if (returnFocus && anchorEl instanceof HTMLElement) {
      // Focus goes back to the name without reopening its card.
      this.#isReturningFocus = true;
      anchorEl.focus({ preventScroll: true });
      this.#isReturningFocus = false;
    }
  }

  /** Closes the card (or drops the one about to open) whose name the page has taken away: a block
   *  hidden after the paint gives its names back to the page (Highlighter.showOnly). */
  closeIfDetached(): void {
    const anchorEl = this.#open?.anchorEl ?? this.#pending?.anchorEl;
    if (anchorEl && !anchorEl.isConnected) this.#closeQuietly();
  }

  destroy(): void {
    this.#pending = null;
    this.#closeQuietly();
    this.#view?.destroy();
    this.#view = null;
  }

  #closeQuietly(): void {
    window.clearTimeout(this.#openTimer);
    window.clearTimeout(this.#closeTimer);
    this.#pending = null;
    this.#scrollWatch?.abort();
    this.#scrollWatch = null;
    if (!this.#open) return;
    this.#open.anchorEl?.setAttribute("aria-expanded", "false");
    this.#open = null;
    this.#pointerInCard = false;
    this.highlighter()?.focusClaim(null);
    this.#view?.hide();
  }

  #nameFrom(target: EventTarget | null): HTMLElement | null {
    const el = target instanceof Element ? target.closest(NAME_TAG) : null;
    return el instanceof HTMLElement && el.hasAttribute(PERSON_ATTR) ? el : null;
  }

  #onPointerOver(e: PointerEvent): void {
    const name = this.#nameFrom(e.target);
    if (!name) return;
    window.clearTimeout(this.#closeTimer);
    window.clearTimeout(this.#openTimer);
    void this.#loadView();
    const personId = name.getAttribute(PERSON_ATTR)!;
    this.#openTimer = window.setTimeout(() => this.ctx.isValid && this.open(personId, name, name), OPEN_DELAY_MS);
  }

  #onPointerOut(e: PointerEvent): void {
    const name = this.#nameFrom(e.target);
    if (!name) return;
    window.clearTimeout(this.#openTimer);
    if (this.#open?.anchorEl === name) this.#scheduleClose();
  }

  #scheduleClose(): void {
    window.clearTimeout(this.#closeTimer);
    this.#closeTimer = window.setTimeout(() => {
      if (!this.#pointerInCard && this.ctx.isValid) this.close();
    }, CLOSE_DELAY_MS);
  }

  /**
   * Claims and repeated name mentions have no element: find the one under the pointer by caret
   * position against the painted ranges, at most every 50 ms. A name wins over the claim around it.
   */
  #onPointerMove(e: PointerEvent): void {
    const highlighter = this.highlighter();
    const claims = highlighter?.claims ?? [];
    const names = highlighter?.nameRanges ?? [];
    if ((claims.length === 0 && names.length === 0) || this.#nameFrom(e.target)) return;
    const now = performance.now();
    if (now - this.#lastMove < 50) return;
    this.#lastMove = now;
    const hit = caretAt(this.doc, e.clientX, e.clientY);
    // The caret lookup snaps to the nearest text even from a margin: the pointer must be on the range.
    const under = (r: Range) => !!hit && r.isPointInRange(hit.node, hit.offset) && isOver(r, e.clientX, e.clientY);
    const name = names.find((n) => under(n.range));
    const claim = !name ? claims.find((c) => under(c.range)) : undefined;
    const range = name?.range ?? claim?.range;
    const personId = name?.personId ?? claim?.speakerId ?? null;
    const claimId = claim?.claimId ?? null;
    if (range && personId) {
      const anchor: VirtualElement = {
        getBoundingClientRect: () => rectNear(range, e.clientX, e.clientY),
        contextElement: range.startContainer.parentElement ?? undefined,
      };
      const isOpen = this.#open && this.#open.personId === personId && this.#open.claimId === claimId && !this.#open.anchorEl;
      if (!isOpen) {
        void this.#loadView();
        window.clearTimeout(this.#openTimer);
        this.#openTimer = window.setTimeout(() => this.ctx.isValid && this.open(personId, anchor, null, claimId), OPEN_DELAY_MS);
      }
      window.clearTimeout(this.#closeTimer);
    } else if (this.#open && !this.#open.anchorEl && !this.#pointerInCard) {
      window.clearTimeout(this.#openTimer);
      this.#scheduleClose();
    }
  }

  #onFocusIn(e: FocusEvent): void {
    const name = this.#nameFrom(e.target);
    if (name && !this.#isReturningFocus) this.open(name.getAttribute(PERSON_ATTR)!, name, name);
  }

  #onKeyDown(e: KeyboardEvent): void {
    if (!this.#open) return;
    if (e.key === "Escape") {
      this.close(true);
      return;
    }
    const name = this.#nameFrom(e.target);
    if (name && (e.key === "Enter" || e.key === " " || e.key === "ArrowDown")) {
      e.preventDefault();
      const first = this.#view?.root.querySelector<HTMLElement>("button, a[href]");
      first?.focus();
    }
  }

  #watchScroll(): void {
    if (this.#scrollWatch) return;
    this.#scrollWatch = new AbortController();
    const { signal } = this.#scrollWatch;
    window.addEventListener("scroll", () => this.ctx.isValid && this.#onScroll(), { passive: true, capture: true, signal });
  }

  #onScroll(): void {
    const el = this.#open?.anchorEl;
    if (!el) {
      if (this.#open && !this.#pointerInCard) this.close();
      return;
    }
    const r = el.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) this.close();
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === "function") {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === "function") {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function isOver(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/** The line box of the range under the pointer, so the card sits next to the words, not over them. */
function rectNear(range: Range, x: number, y: number): DOMRect {
  const rects = Array.from(range.getClientRects());
  return rects.find((r) => y >= r.top && y <= r.bottom && x >= r.left - 2 && x <= r.right + 2) ?? rects[0] ?? range.getBoundingClientRect();
}
