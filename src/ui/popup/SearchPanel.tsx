/**
 * Search across everything remembered. The form is controlled by the caller (who owns the request
 * and its debounce); this renders the field, a live status line and the results as a list.
 */
import type { SearchHit } from "../../shared/types.ts";
import { useT, type Translator } from "../i18n.ts";
import { claimDisplay } from "./ClaimText.tsx";
import { publishedOrRead, safeHref } from "./format.ts";

export interface SearchPanelProps {
  query: string;
  /** The query the shown results answer ("" before the first search). */
  answeredQuery: string;
  hits: SearchHit[] | null;
  isSearching: boolean;
  error: string | null;
  onQueryChange(query: string): void;
  onSubmit(): void;
  inputRef?: { current: HTMLInputElement | null };
}

export function searchStatus(t: Translator, p: Pick<SearchPanelProps, "answeredQuery" | "hits" | "isSearching" | "error">): string {
  if (p.isSearching) return t("searchSearching");
  if (p.error) return t("searchFailed", p.error);
  if (p.hits === null || !p.answeredQuery) return "";
  if (p.hits.length === 0) return t("searchNothing", p.answeredQuery);
  return t.plural("searchMatches", p.hits.length, p.answeredQuery);
}

export function SearchPanel(props: SearchPanelProps) {
  const t = useT();
  const status = searchStatus(t, props);
  return (
    <div class="search">
      <h2>{t("searchHeading")}</h2>
      <p class="muted" id="srcl-search-hint">
        {t("searchHint")}
      </p>
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <label for="srcl-search-input" class="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="srcl-search-input"
          ref={props.inputRef}
          type="search"
          class="input"
          value={props.query}
          autocomplete="off"
          aria-describedby="srcl-search-hint"
          spellcheck={false}
          onInput={(e) => props.onQueryChange(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t("searchButton")}
        </button>
      </form>
      <p class="search-status" role="status" aria-live="polite">
        {status}
      </p>
      {props.hits && props.hits.length > 0 && (
        <ol class="hits" aria-label={t("searchResultsFor", props.answeredQuery)}>
          {props.hits.map((h, i) => {
            const href = safeHref(h.articleUrl);
            const title = h.articleTitle.trim() || h.outlet || t("searchArticle");
            const source = [h.outlet, publishedOrRead(t, h.date, h.readOn)].filter(Boolean).join(" · ");
            return (
              <li key={`${h.articleUrl}#${i}`} class="hit">
                <p class="claim">{claimDisplay(t, h.text, h.kind)}</p>
                <p class="by">
                  <span class="speaker">{h.speaker}</span>
                  {h.role && <span class="muted">, {h.role}</span>}
                </p>
                <p class="src">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {title}
                      <span class="sr-only"> {t("opensInNewTab")}</span>
                    </a>
                  ) : (
                    <span>{title}</span>
                  )}
                  {source && <span class="muted"> · {source}</span>}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
