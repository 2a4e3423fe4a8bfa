/** The English translator over _locales/en/messages.json, for tests (no browser i18n there). */
import messages from "../../../_locales/en/messages.json" with { type: "json" };
import { translatorFromMessages } from "../../shared/i18n.ts";

export const enT = translatorFromMessages(messages);
