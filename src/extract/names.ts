/**
 * Name words: a temporary hand list of everyday English words and pronouns that are also frequent
 * given names or surnames, until the open-data lists (src/extract/data) replace it.
 */
const NAME_WORDS = new Set("he li ma may june april august will young price rice bush cook baker rose grant mark".split(" "));

/** A lower-case key that is an everyday word and also a frequent name. */
export function isCommonNameWord(key: string): boolean {
  return NAME_WORDS.has(key);
}
