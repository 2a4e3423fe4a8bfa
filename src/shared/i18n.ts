/**
 * The interface in the reader's language: every string a reader sees comes from
 * `_locales/<lang>/messages.json` through the browser's i18n API, so a translation is one file.
 *
 * This module is pure (no browser API): the surfaces that own the browser (popup, options, the
 * card's view, the background) build a `Translator` over `browser.i18n.getMessage`; tests build
 * one over the messages file itself (`translatorFromMessages`), with the same substitution rules.
 *
 * Plurals: the browser's i18n API has none, so a counted message is a family of keys, one per
 * CLDR plural category of the language, `<base>_one`, `<base>_other` (and `_zero`, `_two`, `_few`,
 * `_many` where a language needs them): `plural("claimCount", n)` picks the key with
 * `Intl.PluralRules` of the language the messages are written in (the `messagesLocale` message of
 * each file, so English messages shown to a French browser still read "1 claim", "2 claims"), and
 * falls back to `<base>_other`. The count is the first substitution ($1), formatted for that locale.
 */
import type enMessages from "../../_locales/en/messages.json";

/** Every message of the default locale; a key that is not in the English file does not compile. */
export type MessageKey = keyof typeof enMessages;
/** The base of every counted message family (`claimCount` for `claimCount_one` / `claimCount_other`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type Substitution = string | number;

export interface Translator {
  (key: MessageKey, ...subs: Substitution[]): string;
  /** A counted message: the form for `count` in the messages' language; `count` is $1. */
  plural(key: PluralKey, count: number, ...subs: Substitution[]): string;
  /** The language the messages are written in (BCP 47), for plural rules and number formats. */
  readonly locale: string;
}

/** What the browser's `i18n.getMessage` looks like (it answers "" for an unknown key). */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

const PLURAL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;

export function createTranslator(getMessage: GetMessage): Translator {
  const locale = safeLocale(getMessage("messagesLocale"));
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  /** Messages without substitutions, asked once each: a card re-render asks for a dozen. */
  const plain = new Map<string, string>();
  const text = (key: string, subs: Substitution[]): string => {
    if (subs.length === 0) {
      let known = plain.get(key);
      // An unknown key shows itself (greppable) rather than an empty space in the interface.
      if (known === undefined) plain.set(key, (known = getMessage(key) || key));
      return known;
    }
    const strings = subs.map((s) => (typeof s === "number" ? numbers.format(s) : s));
    return getMessage(key, strings) || key;
  };
  const t = ((key: MessageKey, ...subs: Substitution[]) => text(key, subs)) as Translator;
  Object.defineProperty(t, "locale", { value: locale });
  t.plural = (key, count, ...subs) => {
    const category = rules.select(count);
    const all = [count, ...subs];
    const exact = getMessage(`${key}_${category}`, all.map((s) => (typeof s === "number" ? numbers.format(s) : s)));
    return exact || text(`${key}_other`, all);
  };
  return t;
}

function safeLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag || "en")[0] ?? "en";
  } catch {
    return "en";
  }
}

/** One entry of a messages.json file (the browser's format). */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * `getMessage` over a parsed messages.json, with the browser's substitution rules: `$name$` is
 * replaced by its placeholder's content (case-insensitively), then `$1`…`$9` by the
 * substitutions (missing ones by ""), and `$$` is a literal `$`. For tests and tools, which have
 * no browser.
 */
export function messagesGetter(messages: Record<string, MessageEntry>): GetMessage {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return "";
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole)
      .replace(/\$(\$|[1-9])/g, (_, d: string) => (d === "$" ? "$" : (subs[Number(d) - 1] ?? "")));
  };
}

export function translatorFromMessages(messages: Record<string, MessageEntry>): Translator {
  return createTranslator(messagesGetter(messages));
}

export { PLURAL_CATEGORIES };
