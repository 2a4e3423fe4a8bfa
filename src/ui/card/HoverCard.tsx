/**
 * The hover card: who the person is (from the article and from the knowledge base), what they
 * said on this page, and what they said elsewhere. Presentational: props in, callbacks out.
 * All text is rendered as text (preact escapes it); links are only ever http(s).
 */
import type { ElsewhereClaim, FeedbackKind, KbFacts, PageClaim, PagePerson } from "../../shared/types.ts";
import { publishedOrRead } from "../popup/format.ts";

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
}

export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function formatDate(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

/** The office the knowledge base knows on the facts' day (kb.on): held then, or the last one held
 *  before it ("Former …"); none when every office it knows began later. */
export function kbLine(kb: KbFacts): string {
  const position = kb.position ?? "";
  const where = [kb.organisation, kb.country].filter((x): x is string => !!x && !position.includes(x)).join(", ");
  if (!position) return [where, "no office on record at that date"].filter(Boolean).join(" — ");
  const main = [position, where].filter(Boolean).join(" — ");
  return kb.isCurrent ? main : `Former ${main.charAt(0).toLowerCase()}${main.slice(1)}`;
}

/** Facts older than this are said to be of their day, not of today. */
const RECENT_MS = 30 * 24 * 3600 * 1000;

/**
 * Which day the office is of, when it is not plainly today's: the article's publication date
 * (an office that began after it is not shown as the office then), or — for an article that
 * states no date — today, said as such.
 */
export function kbWhen(kb: KbFacts, now = Date.now()): string {
  if (!kb.on) return "";
  if (!kb.onArticleDate) return "as of today (the article states no date)";
  const t = Date.parse(kb.on);
  return Number.isFinite(t) && now - t > RECENT_MS ? `as of ${formatDate(kb.on)}, the article's date` : "";
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function HoverCard(props: HoverCardProps) {
  const { person, kb } = props;
  const articleRole = [person.role, person.represents].filter(Boolean).join(" · ");
  const headingId = `srcl-card-title-${person.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={headingId} aria-describedby={`${headingId}-role`}>
      <div class="head">
        <h2 id={headingId} class="name">
          {person.name}
        </h2>
        <button type="button" class="close" aria-label="Close card" onClick={props.onClose}>
          ×
        </button>
      </div>
      <p id={`${headingId}-role`} class="role">
        {articleRole || (person.isOfficial ? "Role not stated in this article" : "Not an official")}
      </p>
      {kb && (
        <p class="kb">
          <span class="kb-line">{kbLine(kb)}</span>
          {kb.party && <span class="kb-party"> · {kb.party}</span>}
          {kb.since && kb.isCurrent && <span class="kb-since"> · since {formatDate(kb.since)}</span>}
          {kbWhen(kb) && <span class="kb-when"> · {kbWhen(kb)}</span>}
          <span class="source">
            {" "}
            Source: {kb.source}
            {kb.asOf ? `, as of ${kb.asOf}` : ""}
          </span>
        </p>
      )}
      <section aria-label="Said in this article">
        <h3>Said here {props.claims.length > 0 && <span class="count">({props.claims.length})</span>}</h3>
        {props.claims.length === 0 ? (
          <p class="empty">No claims attributed in this article.</p>
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
                  {c.kind === "direct" ? `“${truncate(c.text, 180)}”` : truncate(c.text, 180)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Said elsewhere">
        <h3>Said elsewhere {props.elsewhereTotal > 0 && <span class="count">({props.elsewhereTotal})</span>}</h3>
        {props.isLoading ? (
          <p class="empty">Looking in your reading history…</p>
        ) : props.elsewhere.length === 0 ? (
          <p class="empty">Nothing from other articles you read yet.</p>
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
                  {publishedOrRead(c.date, c.readOn) ? `, ${publishedOrRead(c.date, c.readOn)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        {props.elsewhereTotal > 3 && (
          <button type="button" class="link" onClick={props.onMore}>
            More…
          </button>
        )}
      </section>
      {props.note && <p class="note">{props.note}</p>}
      <div class="foot">
        {props.feedbackGiven ? (
          <p class="thanks" role="status">
            Noted — Sourcelight will remember this.
          </p>
        ) : (
          <>
            <button type="button" class="link" onClick={() => props.onFeedback("not-this-person")}>
              Not this person
            </button>
            {person.isOfficial && (
              <button type="button" class="link" onClick={() => props.onFeedback("not-official")}>
                Not an official
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
