/**
 * An ARIA tablist (WAI-ARIA APG "tabs with automatic activation"): arrow keys, Home and End move
 * between tabs and select them; only the selected tab is in the tab order. The panels are
 * rendered by the caller with `panelProps`, so the panel content stays in the caller's hands.
 */
import { useRef } from "preact/hooks";

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
}

export interface TabsProps<Id extends string> {
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  label: string;
  idPrefix: string;
  onSelect(id: Id): void;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/** Attributes for a panel element: role, labelling, visibility, and focusability for scrolling. */
export function panelProps(prefix: string, id: string, selected: string) {
  return {
    id: panelId(prefix, id),
    role: "tabpanel",
    "aria-labelledby": tabId(prefix, id),
    hidden: id !== selected,
    tabIndex: 0,
  } as const;
}

export function Tabs<Id extends string>(props: TabsProps<Id>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const n = props.tabs.length;
    const next = props.tabs[((index % n) + n) % n];
    if (!next) return;
    props.onSelect(next.id);
    refs.current[((index % n) + n) % n]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const to =
      e.key === "ArrowRight" ? index + 1 : e.key === "ArrowLeft" ? index - 1 : e.key === "Home" ? 0 : e.key === "End" ? props.tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div class="tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map((t, i) => {
        const isSelected = t.id === props.selected;
        return (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            class="tab"
            id={tabId(props.idPrefix, t.id)}
            aria-selected={isSelected}
            aria-controls={panelId(props.idPrefix, t.id)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => props.onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
