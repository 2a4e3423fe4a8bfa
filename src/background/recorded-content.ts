/**
 * What the memory records of a read page: its people (with their knowledge-base link) and its
 * claims, from the engine's analysis. The page handler and the memory-identity evaluation share it.
 */
import type { Analysis } from "../extract/types.ts";
import type { KbLink } from "../kb/index.ts";
import { summariseClaims } from "../shared/page-summary.ts";
import type { ArticleRecordInput } from "../store/index.ts";

/** The people (with their knowledge-base link, by Person.id) and claims of a page as the memory
 *  records them. */
export function recordedContent(analysis: Analysis, text: string, links: ReadonlyMap<string, KbLink>): Pick<ArticleRecordInput, "people" | "claims"> {
  const claims = summariseClaims(analysis, text);
  return {
    people: analysis.people.map((p) => {
      const link = links.get(p.id);
      return {
        localId: p.id,
        name: p.name,
        role: p.role,
        represents: p.represents,
        isOfficial: p.isOfficial,
        kb: link ? { id: link.id, name: link.name, position: link.position, country: link.country } : null,
      };
    }),
    claims: analysis.quotes.map((q, i) => ({
      personLocalId: q.speakerId,
      source: q.source,
      text: claims[i]!.text,
      kind: q.kind,
      cue: q.cue,
      start: q.start,
      end: q.end,
    })),
  };
}
