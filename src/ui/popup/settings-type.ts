import type { PopupToBackground } from "../../shared/messages.ts";

/** The settings as the protocol carries them (ui never imports the store itself). */
export type Settings = PopupToBackground["getSettings"]["result"];
export type HighlightStyle = Settings["highlightStyle"];
export type MemoryStats = PopupToBackground["memoryStats"]["result"];
