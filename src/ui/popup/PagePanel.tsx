/**
 * The page at a glance: the officials found (role and whom they represent in the article's words,
 * the knowledge base's position when known, claims here and elsewhere), other people quoted, and
 * the page's claims grouped by speaker. Presentational: props in, callbacks out.
 */
import type { KbFacts, PagePerson, PageState } from "../../shared/types.ts";
import { useT, type Translator } from "../i18n.ts";
import { ClaimCheck, type ClaimCheckState } from "../sources/Sources.tsx";
import { claimDisplay } from "./ClaimText.tsx";
import { EmptyState, emptyStateCopy } from "./EmptyState.tsx";
import { formatDate } from "./format.ts";
import { claimCounts, groupClaimsBySpeaker, roleLine, type ClaimGroup } from "./group-claims.ts";
import type { ViewStatus } from "./view-status.ts";

export interface PagePanelProps {
  status: Exclude<ViewStatus, "own-page">;
  state: PageState | null;
  site: string | null;
  errorText: string | null;
  /** Scroll the page to the person (or claim) and open their card. */
  onReveal(personId: string, claimId?: string): void;
  /** Search the memory for this person. */
  onSearchPerson(name: string): void;
  onEnableSite(): void;
  onEnableGlobal(): void;
  onRetry(): void;
  /** Recording is paused: the page is read but not remembered. */
  isRecordingPaused?: boolean;
  /** Fact-checks are switched on: each claim offers "look for fact-checks of this claim". */
  canCheckClaims?: boolean;
  claimChecks?: Record<string, ClaimCheckState>;
  /** Sends this claim's words (and nothing else) to the fact-check search. */
  onCheckClaim?(claimId: string, text: string): void;
}

const REVEAL_HINT_ID = "srcl-reveal-hint";
/** Byline and credit lines shown under the title, at most. */
const MAX_MAKERS = 4;

/** The sentence announced when the page part changes. */
export function pageSummary(t: Translator, status: PagePanelProps["status"], state: PageState | null, site: string | null, errorText: string | null): string {
  if (status === "article" && state) {
    const officials = state.people.filter((p) => effectiveOfficial(state, p)).length;
    return officials === 0 ? t("pageNoOfficials") : t("pageSummary", t.plural("officialCount", officials), t.plural("claimCount", state.claims.length));
  }
  return emptyStateCopy(t, status === "article" ? "loading" : status, site, errorText, state?.meta?.lang ?? null).title;
}

export function kbSummary(t: Translator, kb: KbFacts): string {
  const position = kb.position ?? "";
  const where = [kb.organisation, kb.country].filter((x): x is string => !!x && !position.includes(x)).join(", ");
  const main = [position, where].filter(Boolean).join(", ");
  if (!main) return "";
  // The knowledge base may already word a past office as "former …".
  return kb.isCurrent || /^former\b/i.test(main) ? main : t("kbFormer", main);
}

/** Officials as the reader sees them: the content script's flag minus the reader's "not an official". */
export function effectiveOfficial(state: PageState, person: PagePerson): boolean {
  return person.isOfficial && state.enrichment?.dismissed[person.id] !== "not-official";
}

function kbFor(state: PageState, id: string): KbFacts | null {
  if (state.enrichment?.dismissed[id] === "not-this-person") return null;
  return state.enrichment?.people[id]?.kb ?? null;
}

export function PagePanel(props: PagePanelProps) {
  const t = useT();
  const { state, status } = props;
  return (
    <div class="page">
      <h2 class="sr-only">{t("popupTabPage")}</h2>
      {state?.meta && status === "article" && (
        <div class="page-meta">
          <p class="page-title">{state.meta.title}</p>
          <p class="muted">{[state.meta.outlet, formatDate(state.meta.publishedAt)].filter(Boolean).join(" · ")}</p>
          {/* The article's makers, apart from its people: they are never officials. */}
          {state.meta.makers && state.meta.makers.length > 0 && <p class="muted makers">{state.meta.makers.slice(0, MAX_MAKERS).join(" · ")}</p>}
        </div>
      )}
      {/* One live region for the page part, so status changes ("Reading…" → "4 officials") are announced once. */}
      <p class="sr-only" role="status">
        {pageSummary(t, status, state, props.site, props.errorText)}
      </p>
      {status === "article" && state ? (
        <Article {...props} state={state} />
      ) : (
        <div>
          <EmptyState
            status={status === "article" ? "loading" : status}
            site={props.site}
            errorText={props.errorText}
            language={state?.meta?.lang ?? null}
            onEnableSite={props.onEnableSite}
            onEnableGlobal={props.onEnableGlobal}
            onRetry={props.onRetry}
          />
        </div>
      )}
    </div>
  );
}

function Article(props: PagePanelProps & { state: PageState }) {
  const t = useT();
  const { state } = props;
  const counts = claimCounts(state.claims);
  const officials = state.people.filter((p) => effectiveOfficial(state, p));
  const others = state.people.filter((p) => !effectiveOfficial(state, p) && (counts.get(p.id) ?? 0) > 0);
  const groups = groupClaimsBySpeaker(state.claims, state.people, (p) => effectiveOfficial(state, p));
  return (
    <>
      {/* One description for every "show in page" button; hidden, yet still read as their description. */}
      <p id={REVEAL_HINT_ID} hidden>
        {t("pageRevealHint")}
      </p>
      {state.enrichment?.note && <p class="note">{state.enrichment.note}</p>}
      {props.isRecordingPaused && <p class="note">{t("pageRecordingPaused")}</p>}
      <section aria-labelledby="srcl-officials-h">
        <h3 id="srcl-officials-h">
          {t("pageOfficials")} <span class="count">({officials.length})</span>
        </h3>
        {officials.length === 0 ? (
          <div class="empty" data-status="no-officials">
            <p class="empty-title">{t("pageNoOfficials")}</p>
            <p class="empty-body">{t("pageNoOfficialsBody")}</p>
          </div>
        ) : (
          <ul class="people">
            {officials.map((p) => {
              const kb = kbFor(state, p.id);
              const kbText = kb ? kbSummary(t, kb) : "";
              const role = roleLine(p);
              const here = counts.get(p.id) ?? 0;
              const elsewhere = state.enrichment?.people[p.id]?.elsewhereTotal ?? null;
              return (
                <li key={p.id} class="person" data-person-id={p.id}>
                  <button type="button" class="person-name" aria-describedby={REVEAL_HINT_ID} onClick={() => props.onReveal(p.id)}>
                    {p.name}
                  </button>
                  <p class="role">{role || t("pageRoleNotStated")}</p>
                  {kbText && (
                    <p class="kb">
                      {kbText}
                      <span class="muted"> · {kb?.source}</span>
                    </p>
                  )}
                  <p class="counts">
                    <span>{t.plural("claimsHere", here)}</span>
                    {elsewhere !== null && (
                      <>
                        {" · "}
                        {elsewhere > 0 ? (
                          <button type="button" class="link-button" onClick={() => props.onSearchPerson(p.name)}>
                            {t("pageElsewhere", elsewhere)}
                            <span class="sr-only"> {t("pageSearchMemoryFor", p.name)}</span>
                          </button>
                        ) : (
                          <span>{t("pageNoneElsewhere")}</span>
                        )}
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="srcl-others-h" class="quiet">
          <h3 id="srcl-others-h">{t("pageOthersQuoted")}</h3>
          <ul class="others">
            {others.map((p) => (
              <li key={p.id}>
                {p.name}
                {roleLine(p) && <span class="muted">, {roleLine(p)}</span>}
                <span class="muted"> · {t.plural("claimCount", counts.get(p.id) ?? 0)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {groups.length > 0 && (
        <section aria-labelledby="srcl-claims-h">
          <h3 id="srcl-claims-h">
            {t("pageSaidOnPage")} <span class="count">({state.claims.length})</span>
          </h3>
          {groups.map((g) => (
            <ClaimGroupView key={g.key} group={g} {...props} />
          ))}
        </section>
      )}
    </>
  );
}

function ClaimGroupView({ group: g, onReveal, canCheckClaims, claimChecks, onCheckClaim }: PagePanelProps & { group: ClaimGroup }) {
  const t = useT();
  // Only officials are highlighted (and so can be revealed); other speakers' claims are plain text.
  const revealId = g.kind === "official" ? g.personId : null;
  return (
    <div class={`group group-${g.kind}`}>
      <h4 class="group-label">
        {g.kind === "unattributed" ? t("pageUnattributed") : g.label}
        {g.role && <span class="muted">, {g.role}</span>}
      </h4>
      <ul class="claims">
        {g.claims.map((c) => (
          <li key={c.id} class={`claim claim-${c.kind}`}>
            {revealId ? (
              <button type="button" class="claim-button" aria-describedby={REVEAL_HINT_ID} onClick={() => onReveal(revealId, c.id)}>
                {claimDisplay(t, c.text, c.kind)}
              </button>
            ) : (
              claimDisplay(t, c.text, c.kind)
            )}
            {canCheckClaims && onCheckClaim && (
              <ClaimCheck state={claimChecks?.[c.id] ?? { status: "idle" }} onCheck={() => onCheckClaim(c.id, c.text)} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
