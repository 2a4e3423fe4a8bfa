/** The page part's explanations, one per status, each with the one action that helps (if any). */
import { useT, type Translator } from "../i18n.ts";
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

export function emptyStateCopy(
  t: Translator,
  status: EmptyStateProps["status"],
  site: string | null,
  errorText: string | null,
  language: string | null = null,
): Copy {
  switch (status) {
    case "other-language": {
      const name = languageName(language, t.locale);
      return { title: name ? t("emptyOtherLanguage", name) : t("emptyOtherLanguageUnnamed"), body: "" };
    }
    case "loading":
      return { title: t("emptyLoading"), body: "" };
    case "reading":
      return { title: t("emptyReading"), body: t("emptyReadingBody") };
    case "not-article":
      return { title: t("emptyNotArticle"), body: t("emptyNotArticleBody") };
    case "off-site":
      return { title: t("emptyOffSite"), body: site ? t("emptyOffSiteBody", site) : t("emptyOffSiteBodyNoSite") };
    case "off-global":
      return { title: t("emptyOffGlobal"), body: t("emptyOffGlobalBody") };
    case "no-access":
      return { title: t("emptyNoAccess"), body: t("emptyNoAccessBody") };
    case "not-read":
      return { title: t("emptyNotRead"), body: t("emptyNotReadBody") };
    case "error":
      return { title: t("emptyError"), body: errorText ? t("emptyErrorBodyWith", errorText) : t("emptyErrorBody") };
  }
}

export function EmptyState(props: EmptyStateProps) {
  const t = useT();
  const copy = emptyStateCopy(t, props.status, props.site, props.errorText, props.language ?? null);
  return (
    <div class="empty" data-status={props.status}>
      <p class="empty-title">{copy.title}</p>
      {copy.body && <p class="empty-body">{copy.body}</p>}
      {props.status === "off-site" && props.site && (
        <button type="button" class="button" onClick={props.onEnableSite}>
          {t("emptySwitchOnFor", props.site)}
        </button>
      )}
      {props.status === "off-global" && (
        <button type="button" class="button" onClick={props.onEnableGlobal}>
          {t("emptySwitchOn")}
        </button>
      )}
      {(props.status === "error" || props.status === "not-read") && (
        <button type="button" class="button" onClick={props.onRetry}>
          {t("emptyCheckAgain")}
        </button>
      )}
    </div>
  );
}
