/** The one prefix for everything Sourcelight puts in a page or in storage: tags, classes,
 *  data attributes, CSS custom properties, highlight names, storage keys, log tags. */
export const PREFIX = "srcl";
export const prefixed = (name: string): string => `${PREFIX}-${name}`;
