/**
 * Publication dates as pages write them, read honestly: a date that cannot be a publication date
 * (a placeholder such as "0001-01-01" or the Unix epoch, a year before any newspaper printed, a
 * day still to come) is no date. Pure functions, shared by the content script (reading a page)
 * and the background (dates already in the memory).
 */

/** Earlier than this year, a "publication date" is a placeholder or a parse error. */
export const EARLIEST_YEAR = 1800;
/** A page dated later than now by more than this is wrong (time zones allow a little). */
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;
/** Placeholders CMSes write when they have no date. */
const PLACEHOLDERS = /^(?:0{1,4}1-01-01|1900-01-01|1970-01-01)(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/;

/** An ISO 8601 date, or date and time: its calendar day is read without parsing it. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** The ISO form of a date string when it is a plausible publication date, else null. An ISO 8601
 *  string is kept as written (a bare day becomes noon UTC); another form is parsed into UTC ISO. */
export function plausibleDate(value: string | null | undefined, now = Date.now()): string | null {
  const v = value?.trim();
  if (!v || PLACEHOLDERS.test(v)) return null;
  // Most pages write ISO 8601: its day says whether it is plausible, and its own text (with the
  // page's time zone) is kept, instead of a parse into UTC that may move it to another day.
  const iso = ISO_DAY.exec(v);
  if (iso && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    const year = Number(iso[1]);
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    const latest = new Date(now + FUTURE_SLACK_MS).toISOString().slice(0, 10);
    if (year < EARLIEST_YEAR || day > latest || Number(iso[2]) < 1 || Number(iso[2]) > 12 || Number(iso[3]) < 1 || Number(iso[3]) > 31) return null;
    // A day without a time is that calendar day everywhere: noon UTC.
    return v.length === 10 ? `${v}T12:00:00Z` : v;
  }
  const d = new Date(v);
  const t = d.getTime();
  if (Number.isNaN(t) || d.getUTCFullYear() < EARLIEST_YEAR || t > now + FUTURE_SLACK_MS) return null;
  if (t === 0) return null;
  return d.toISOString();
}

/** A full date in an address: /2019/03/14/, /2019-03-14, /20190314/, _2019_03_14 (year, month, day). */
const URL_DATE = /(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.?#-])/;

/** The publication date a page's address holds, as YYYY-MM-DD, or null. */
export function dateFromUrl(url: string | null | undefined, now = Date.now()): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const iso = `${m[1]}-${m[3]}-${m[4]}`;
  return isRealDay(iso) && plausibleDate(iso, now) ? iso : null;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** "March 14, 2019", "Mar. 14 2019", "14 March 2019", "2019-03-14". Day-month-year with slashes
 *  or dots ("14/03/2019") is read only when the day cannot be a month (over 12). */
const TEXT_DATES: [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
  [new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})\\b`, "i"), (m) => [m[3]!, month(m[1]!), m[2]!]],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? ((?:19|20)\\d{2})\\b`, "i"), (m) => [m[3]!, month(m[2]!), m[1]!]],
  [/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/, (m) => [m[1]!, m[2]!, m[3]!]],
  [/\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/, (m) => dayFirstOrMonthFirst(m)],
];

/** Every pattern run on page text here, for the ReDoS check (dates.test.ts). */
export const DATE_PATTERNS: readonly RegExp[] = [URL_DATE, PLACEHOLDERS, ISO_DAY, ...TEXT_DATES.map(([re]) => re)];

function month(name: string): string {
  return String(MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0).padStart(2, "0");
}

/** 14/03/2019 is day-first, 03/14/2019 month-first; 03/04/2019 says neither (month "00": no date). */
function dayFirstOrMonthFirst(m: RegExpExecArray): [string, string, string] {
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return [m[3]!, String(b), String(a)];
  if (b > 12 && a <= 12) return [m[3]!, String(a), String(b)];
  return [m[3]!, "0", "0"];
}

function isRealDay(iso: string): boolean {
  const d = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** The first date a short visible text states ("Published March 14, 2019 at 9:02 am"), as YYYY-MM-DD. */
export function dateFromText(text: string | null | undefined, now = Date.now()): string | null {
  const t = (text ?? "").slice(0, 300);
  for (const [re, parts] of TEXT_DATES) {
    const m = re.exec(t);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
    if (isRealDay(iso) && plausibleDate(iso, now)) return iso;
  }
  return null;
}
