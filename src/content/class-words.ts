/**
 * The words of an element's class and id, as the rules about furniture, widgets and block kinds
 * read them: lower case, each token split at "-" and "_" into parts, each part and each pair of
 * adjacent parts joined by "-" ("article__byline" → article, byline, article-byline;
 * "js-video-player" → js, video, player, js-video, video-player).
 *
 * Word sets are looked up instead of one long alternation per rule: the reader runs cold in every
 * page, where compiling a long regular expression and scanning every class with it costs more
 * than a split and a few Set look-ups (npm run bench:page).
 */

/** The words of `el`'s class and id; [] when it has neither. */
export function classWords(el: Element): string[] {
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  if (!cls && !id) return [];
  const words: string[] = [];
  for (const token of `${cls ?? ""} ${id ?? ""}`.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    const parts = token.split(/[-_]+/).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      words.push(parts[i]!);
      if (i + 1 < parts.length) words.push(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return words;
}

/** The first of `words` that `set` holds, or undefined. */
export function findWord(words: readonly string[], set: ReadonlySet<string>): string | undefined {
  for (const w of words) if (set.has(w)) return w;
  return undefined;
}
