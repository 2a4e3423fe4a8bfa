/**
 * The opt-in sources as the card and the popup show them: fact-checked claims (ClaimReview
 * through Google's Fact Check Tools), sourced quotes (Wikiquote), and the per-claim "look for
 * fact-checks" action. Presentational: answers in, one callback out; every word through useT().
 *
 * Everything shown came from a third party: it is rendered as text (preact escapes it), links
 * only when they are http(s), and a rating is always shown with the publisher who gave it.
 */
import type { FactCheckItem, FactCheckReview, SourceAnswer, SourcedQuote, SourceProblem } from "../../shared/types.ts";
import type { ComponentChildren } from "preact";
import { useT, type MessageKey, type Translator } from "../i18n.ts";
import { dateFormat, safeHref } from "../popup/format.ts";

/** What a per-claim look-up shows: nothing asked yet, asking, or the answer. */
export type ClaimCheckState = { status: "idle" } | { status: "checking" } | { status: "done"; answer: SourceAnswer<FactCheckItem> };

/** A source's answer as a section shows it: `pending` while the background is asked. */
export type SectionAnswer<T> = SourceAnswer<T> | { status: "pending" };

const PROBLEM: Record<SourceProblem, MessageKey> = {
  "no-key": "sourceProblemNoKey",
  "bad-key": "sourceProblemBadKey",
  quota: "sourceProblemQuota",
  "rate-limited": "sourceProblemRateLimited",
  offline: "sourceProblemOffline",
  unavailable: "sourceProblemUnavailable",
  malformed: "sourceProblemMalformed",
  "no-permission": "sourceProblemNoPermission",
};

/** One short sentence per problem (the service's own error text is never shown). */
export function sourceProblemText(t: Translator, problem: SourceProblem): string {
  return t(PROBLEM[problem]);
}

/** "2019-03-04…" → the reader's short date; "2019" and "2019-03" stay as precise as they are. */
export function sourceDate(iso: string | null, locale?: string): string {
  if (!iso) return "";
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return dateFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return dateFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(d);
}

/** The name of a review's language, when it is not the interface's language. */
function otherLanguage(t: Translator, language: string | null): string | null {
  if (!language) return null;
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  if (base(language) === base(t.locale)) return null;
  try {
    return new Intl.DisplayNames([t.locale], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

function Review({ review }: { review: FactCheckReview }) {
  const t = useT();
  const href = safeHref(review.url);
  const language = otherLanguage(t, review.language);
  const date = sourceDate(review.date, t.locale);
  return (
    <li class="review">
      <span class="rating">{review.rating ?? t("factCheckNoRating")}</span>
      {" — "}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={review.title ?? undefined}>
          {review.publisher}
        </a>
      ) : (
        <span>{review.publisher}</span>
      )}
      {date && <span class="meta">, {date}</span>}
      {language && <span class="meta"> {t("factCheckInLanguage", language)}</span>}
    </li>
  );
}

/** Fact-checked claims, each with its date and every review (rating, publisher, link, date). */
export function FactCheckList({ items, max }: { items: FactCheckItem[]; max: number }) {
  const t = useT();
  return (
    <ul class="factchecks">
      {items.slice(0, max).map((item, i) => (
        <li key={i} class="factcheck">
          <q class="fc-claim">{item.text}</q>
          {(item.claimant || item.date) && (
            <span class="meta">
              {" "}
              {item.claimant && item.date
                ? t("factCheckClaimedByOn", item.claimant, sourceDate(item.date, t.locale))
                : item.claimant
                  ? t("factCheckClaimedBy", item.claimant)
                  : t("factCheckClaimedOn", sourceDate(item.date, t.locale))}
            </span>
          )}
          <ul class="reviews">
            {item.reviews.map((r, j) => (
              <Review key={j} review={r} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

interface SectionProps<T> {
  answer: SectionAnswer<T>;
  kind: "factcheck" | "quotes";
  /** Message keys (what the section says in each state). */
  headingKey: MessageKey;
  lookingKey: MessageKey;
  noneKey: MessageKey;
  /** The found items, and a count in the heading when `isCounted`. */
  children(items: T[]): ComponentChildren;
  isCounted?: boolean;
  linkKey: MessageKey;
}

/** One opt-in source's section of a person: its states, one line each; nothing while it is off. */
function SourceSection<T>(props: SectionProps<T>) {
  const t = useT();
  const { answer } = props;
  if (answer.status === "off") return null;
  return (
    <section class={`source ${props.kind}-section`} aria-label={t(props.headingKey)}>
      <h3>
        {t(props.headingKey)}
        {props.isCounted && answer.status === "found" && <span class="count"> ({answer.items.length})</span>}
      </h3>
      {answer.status === "pending" ? (
        <p class="empty" role="status">
          {t(props.lookingKey)}
        </p>
      ) : answer.status === "error" ? (
        <p class="empty problem">{sourceProblemText(t, answer.problem)}</p>
      ) : answer.status === "no-match" ? (
        <p class="empty">{t("quotesNoMatch")}</p>
      ) : answer.status === "none" ? (
        <p class="empty">{t(props.noneKey)}</p>
      ) : (
        <>
          {props.children(answer.items)}
          <SourceCredit link={answer.link} label={t(props.linkKey)} />
        </>
      )}
    </section>
  );
}

function SourceCredit({ link, label }: { link: string | null; label: string }) {
  const href = safeHref(link);
  if (!href) return null;
  return (
    <p class="credit">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {label}
      </a>
    </p>
  );
}

/** The "Fact-checked claims" section of a person (the checks whose claimant is this person). */
export function FactCheckSection({ answer, max = 3 }: { answer: SectionAnswer<FactCheckItem>; max?: number }) {
  return (
    <SourceSection answer={answer} kind="factcheck" headingKey="factCheckHeading" lookingKey="factCheckLooking" noneKey="factCheckNonePerson" isCounted linkKey="factCheckMore">
      {(items) => <FactCheckList items={items} max={max} />}
    </SourceSection>
  );
}

/** Up to three sourced quotations from the person's Wikiquote page. */
export function QuotesSection({ answer, max = 3 }: { answer: SectionAnswer<SourcedQuote>; max?: number }) {
  return (
    <SourceSection answer={answer} kind="quotes" headingKey="quotesHeading" lookingKey="quotesLooking" noneKey="quotesNone" linkKey="quotesCredit">
      {(items) => <QuoteList items={items} max={max} />}
    </SourceSection>
  );
}

function QuoteList({ items, max }: { items: SourcedQuote[]; max: number }) {
  const t = useT();
  return (
    <ul class="quotes">
      {items.slice(0, max).map((q, i) => {
        const href = safeHref(q.url);
        const date = sourceDate(q.date, t.locale);
        return (
          <li key={i}>
            <q>{q.text}</q>
            <span class="meta">
              {" — "}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {q.source}
                </a>
              ) : (
                q.source
              )}
              {date && q.date && !q.source.includes(q.date.slice(0, 4)) ? `, ${date}` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "Look for fact-checks of this claim": a button, then what was found (or a plain "none found").
 * Nothing is sent before the click; the caller sends only this claim's words.
 */
export function ClaimCheck({ state, onCheck, max = 3 }: { state: ClaimCheckState; onCheck(): void; max?: number }) {
  const t = useT();
  if (state.status === "idle")
    return (
      <button type="button" class="check-claim link" onClick={onCheck}>
        {t("claimCheckAction")}
      </button>
    );
  if (state.status === "checking")
    return (
      <p class="claim-check empty" role="status">
        {t("claimCheckLooking")}
      </p>
    );
  const { answer } = state;
  return (
    <div class="claim-check" role="status">
      {answer.status === "found" ? (
        <>
          <p class="claim-check-title">{t.plural("claimCheckFound", answer.items.length)}</p>
          <FactCheckList items={answer.items} max={max} />
          <SourceCredit link={answer.link} label={t("factCheckMore")} />
        </>
      ) : answer.status === "error" ? (
        <p class="empty problem">
          {sourceProblemText(t, answer.problem)}{" "}
          <button type="button" class="check-claim link" onClick={onCheck}>
            {t("claimCheckRetry")}
          </button>
        </p>
      ) : answer.status === "off" ? (
        <p class="empty">{t("claimCheckOff")}</p>
      ) : (
        <p class="empty">{t("claimCheckNone")}</p>
      )}
    </div>
  );
}
