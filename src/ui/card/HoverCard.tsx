/**
 * The hover card: who the person is (from the article and from the knowledge base), what they
 * said on this page, and what they said elsewhere; with the reader's opt-in, what fact-checkers
 * found about their claims and sourced quotes (../sources/Sources.tsx), filled in after the card
 * opened. Presentational: props in, callbacks out, words through useT() (the card's view provides
 * the translator). All text is rendered as text (preact escapes it); links are only ever http(s).
 */
import type { ElsewhereClaim, FactCheckItem, FeedbackKind, KbFacts, PageClaim, PagePerson, SourcedQuote } from "../../shared/types.ts";
import { useT, type Translator } from "../i18n.ts";
import { formatDate, publishedOrRead, safeHref } from "../popup/format.ts";
import { ClaimCheck, FactCheckSection, QuotesSection, type ClaimCheckState, type SectionAnswer } from "../sources/Sources.tsx";

export interface HoverCardProps {
  person: PagePerson;
  kb: KbFacts | null;
  claims: PageClaim[];
  focusedClaimId: string | null;
  elsewhere: ElsewhereClaim[];
  elsewhereTotal: number;
  /** Still waiting for the background's answer. */
  isLoading: boolean;
  /** A quiet note (memory full, Wikidata unreachable), or null. */
  note: string | null;
  feedbackGiven: FeedbackKind | null;
  onClaim(claimId: string): void;
  onMore(): void;
  onFeedback(kind: FeedbackKind): void;
  onClose(): void;
  /** The opt-in sources, when the card's view has asked for them (absent: sources not shown). */
  sources?: CardSources;
}

/** What the card's view adds: the two sections and the per-claim look-up. */
export interface CardSources {
  factChecks: SectionAnswer<FactCheckItem>;
  quotes: SectionAnswer<SourcedQuote>;
  /** Whether the per-claim look-up is offered (fact-checks switched on). */
  canCheckClaims: boolean;
  claimChecks: Record<string, ClaimCheckState>;
  onCheckClaim(claimId: string): void;
}

/** The office the knowledge base knows on the facts' day (kb.on): held then, or the last one held
 *  before it ("Former …"); none when every office it knows began later. */
export function kbLine(t: Translator, kb: KbFacts): string {
  const position = kb.position ?? "";
  const where = [kb.organisation, kb.country].filter((x): x is string => !!x && !position.includes(x)).join(", ");
  if (!position) return [where, t("kbNoOfficeAtDate")].filter(Boolean).join(" — ");
  const main = [position, where].filter(Boolean).join(" — ");
  // The knowledge base may already word a past office as "former …".
  return kb.isCurrent || /^former\b/i.test(main) ? main : t("kbFormer", main);
}

/** Facts older than this are said to be of their day, not of today. */
const RECENT_MS = 30 * 24 * 3600 * 1000;

/**
 * Which day the office is of, when it is not plainly today's: the article's publication date
 * (an office that began after it is not shown as the office then), or — for an article that
 * states no date — today, said as such.
 */
export function kbWhen(t: Translator, kb: KbFacts, now = Date.now()): string {
  if (!kb.on) return "";
  if (!kb.onArticleDate) return t("kbAsOfToday");
  const at = Date.parse(kb.on);
  return Number.isFinite(at) && now - at > RECENT_MS ? t("kbAsOfArticleDate", formatDate(kb.on)) : "";
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function HoverCard(props: HoverCardProps) {
  const t = useT();
  const { person, kb, sources } = props;
  const articleRole = [person.role, person.represents].filter(Boolean).join(" · ");
  const headingId = `srcl-card-title-${person.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} aria-describedby={`${headingId}-role`}>
      <div class="head">
        <h2 id={headingId} class="name">
          {person.name}
        </h2>
        <button type="button" class="close" aria-label={t("cardClose")} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p id={`${headingId}-role`} class="role">
        {articleRole || (person.isOfficial ? t("cardRoleNotStated") : t("cardNotOfficial"))}
      </p>
      {kb && (
        <p class="kb">
          <span class="kb-line">{kbLine(t, kb)}</span>
          {kb.party && <span class="kb-party"> · {kb.party}</span>}
          {kb.since && kb.isCurrent && <span class="kb-since"> · {t("kbSince", formatDate(kb.since))}</span>}
          {kbWhen(t, kb) && <span class="kb-when"> · {kbWhen(t, kb)}</span>}
          <span class="source"> {kb.asOf ? t("kbSourceAsOf", kb.source, kb.asOf) : t("kbSource", kb.source)}</span>
        </p>
      )}
      <section aria-label={t("cardSaidHereLabel")}>
        <h3>
          {t("cardSaidHere")} {props.claims.length > 0 && <span class="count">({props.claims.length})</span>}
        </h3>
        {props.claims.length === 0 ? (
          <p class="empty">{t("cardNoClaimsHere")}</p>
        ) : (
          <ul class="claims">
            {props.claims.slice(0, 6).map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  class={`claim${c.id === props.focusedClaimId ? " focused" : ""}`}
                  aria-current={c.id === props.focusedClaimId ? "true" : undefined}
                  onClick={() => props.onClaim(c.id)}
                >
                  {c.kind === "direct" ? t("quoted", truncate(c.text, 180)) : truncate(c.text, 180)}
                </button>
                {sources?.canCheckClaims && (
                  <ClaimCheck state={sources.claimChecks[c.id] ?? { status: "idle" }} onCheck={() => sources.onCheckClaim(c.id)} max={2} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={t("cardSaidElsewhere")}>
        <h3>
          {t("cardSaidElsewhere")} {props.elsewhereTotal > 0 && <span class="count">({props.elsewhereTotal})</span>}
        </h3>
        {props.isLoading ? (
          <p class="empty">{t("cardLookingInHistory")}</p>
        ) : props.elsewhere.length === 0 ? (
          <p class="empty">{t("cardNothingElsewhere")}</p>
        ) : (
          <ul class="elsewhere">
            {props.elsewhere.slice(0, 3).map((c, i) => (
              <li key={i}>
                <q>{truncate(c.text, 160)}</q>
                <span class="meta">
                  {" — "}
                  <a href={safeHref(c.articleUrl)} target="_blank" rel="noopener noreferrer" title={c.articleTitle}>
                    {c.outlet ?? c.articleTitle}
                  </a>
                  {publishedOrRead(t, c.date, c.readOn) ? `, ${publishedOrRead(t, c.date, c.readOn)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        {props.elsewhereTotal > 3 && (
          <button type="button" class="link" onClick={props.onMore}>
            {t("cardMore")}
          </button>
        )}
      </section>
      {sources && <FactCheckSection answer={sources.factChecks} />}
      {sources && <QuotesSection answer={sources.quotes} />}
      {props.note && <p class="note">{props.note}</p>}
      <div class="foot">
        {props.feedbackGiven ? (
          <p class="thanks" role="status">
            {t("cardFeedbackThanks")}
          </p>
        ) : (
          <>
            <button type="button" class="link" onClick={() => props.onFeedback("not-this-person")}>
              {t("cardNotThisPerson")}
            </button>
            {person.isOfficial && (
              <button type="button" class="link" onClick={() => props.onFeedback("not-official")}>
                {t("cardNotOfficial")}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
