/** The page part's explanations, one per status, each with the one action that helps (if any). */
import { languageName } from "./format.ts";
import type { ViewStatus } from "./view-status.ts";

export interface EmptyStateProps {
  status: Exclude<ViewStatus, "article" | "own-page">;
  site: string | null;
  errorText: string | null;
  /** The page's language code, for "other-language". */
  language?: string | null;
  onEnableSite(): void;
  onEnableGlobal(): void;
  onRetry(): void;
}

interface Copy {
  title: string;
  body: string;
}

export function emptyStateCopy(status: EmptyStateProps["status"], site: string | null, errorText: string | null, language: string | null = null): Copy {
  switch (status) {
    case "other-language": {
      const name = languageName(language);
      return { title: `${name ? `This article is in ${name}` : "This article is not in English"}: Sourcelight reads English only, so nothing is highlighted.`, body: "" };
    }
    case "loading":
      return { title: "Loading…", body: "" };
    case "reading":
      return { title: "Reading…", body: "Sourcelight is reading this page." };
    case "not-article":
      return { title: "Not a news article", body: "Sourcelight reads news articles only. Nothing is highlighted or remembered on this page." };
    case "off-site":
      return { title: "Switched off for this site", body: `Sourcelight does not read pages on ${site ?? "this site"}.` };
    case "off-global":
      return { title: "Switched off", body: "Sourcelight is switched off on every site." };
    case "no-access":
      return {
        title: "No access to this site",
        body:
          "Sourcelight cannot read this page. Browser pages and add-on stores are closed to extensions; on other sites, check that Sourcelight is allowed in your browser's extension settings.",
      };
    case "not-read":
      return { title: "Not read yet", body: "Sourcelight has not read this page. Reload the page to read it." };
    case "error":
      return { title: "Something went wrong", body: errorText ? `Sourcelight could not read this page (${errorText}).` : "Sourcelight could not read this page." };
  }
}

export function EmptyState(props: EmptyStateProps) {
  const copy = emptyStateCopy(props.status, props.site, props.errorText, props.language ?? null);
  return (
    <div class="empty" data-status={props.status}>
      <p class="empty-title">{copy.title}</p>
      {copy.body && <p class="empty-body">{copy.body}</p>}
      {props.status === "off-site" && props.site && (
        <button type="button" class="button" onClick={props.onEnableSite}>
          Switch on for {props.site}
        </button>
      )}
      {props.status === "off-global" && (
        <button type="button" class="button" onClick={props.onEnableGlobal}>
          Switch Sourcelight on
        </button>
      )}
      {(props.status === "error" || props.status === "not-read") && (
        <button type="button" class="button" onClick={props.onRetry}>
          Check again
        </button>
      )}
    </div>
  );
}
