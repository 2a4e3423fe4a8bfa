import { describe, expect, it } from "vitest";
import { pageLanguage } from "./page-language.ts";

const EN = "The harbor mayor said on Tuesday that the city would keep the port open during the strike, which began after talks with the union collapsed. She told reporters that there was no reason to close the gates.";
const FR = "Le maire du port a déclaré mardi que la ville garderait le port ouvert pendant la grève, qui a commencé après l'échec des discussions avec le syndicat. Elle a dit qu'il n'y avait pas de raison de fermer les portes.";

describe("pageLanguage", () => {
  it("the text wins over a wrong lang", () => {
    expect(pageLanguage("de", EN)).toEqual({ code: "en", by: "text", isRead: true });
    expect(pageLanguage("en-US", FR)).toEqual({ code: "fr", by: "text", isRead: false });
  });

  it("the declared language decides when the text does not say", () => {
    expect(pageLanguage("fr-FR", "Ana Ruiz, Marco Bell")).toEqual({ code: "fr", by: "declared", isRead: false });
    expect(pageLanguage("en", "Ana Ruiz")).toEqual({ code: "en", by: "declared", isRead: true });
  });

  it("a page that says nothing is read", () => {
    expect(pageLanguage(null, "Ana Ruiz")).toEqual({ code: null, by: "none", isRead: true });
  });
});
