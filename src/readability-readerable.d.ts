declare module "@mozilla/readability/Readability-readerable.js" {
  /** Mozilla Readability's cheap "is this page probably an article?" check (see its README). */
  export default function isProbablyReaderable(
    document: Document,
    options?: { minScore?: number; minContentLength?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
