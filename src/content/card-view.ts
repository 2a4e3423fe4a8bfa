/**
 * The card's view: its closed shadow root, the preact render of HoverCard, a live region, and
 * positioning with @floating-ui/dom. This module and what it imports (preact, floating-ui, the
 * card's components and CSS) are more than half of the content script's code, and most pages
 * are read without a card ever opening: the build ships it as a separate file
 * (content-card.js, see vite.config.ts) that the controller (hover.ts) imports on the reader's
 * first pointer or focus on a highlight. Every page then compiles only the reading and painting
 * code (bench:page: ~1.7 ms of main-thread CPU less per page load here).
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from "@floating-ui/dom";
import { h, render } from "preact";
import { HoverCard, type HoverCardProps } from "../ui/card/HoverCard.tsx";
import cardCss from "../ui/card/card.css?inline";
import { mountShadow } from "../ui/shadow-host.ts";

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
  announce(text: string): void;
  destroy(): void;
}

export function createCardView(doc: Document, events: CardViewEvents): CardView {
  const mount = mountShadow(doc, "card-host", cardCss);
  const wrap = doc.createElement("div");
  wrap.className = "wrap";
  wrap.hidden = true;
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

  const update = (props: HoverCardProps) => {
    wrap.hidden = false;
    render(h(HoverCard, props), wrap);
  };

  const hide = () => {
    stopFollowing();
    stopFollowing = () => {};
    render(null, wrap);
    wrap.hidden = true;
  };

  return {
    root: mount.root,
    show(props, anchor) {
      stopFollowing();
      update(props);
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
      return placed ?? place(anchor);
    },
    update,
    hide,
    announce(text) {
      live.textContent = text;
    },
    destroy() {
      hide();
      mount.destroy();
    },
  };
}
