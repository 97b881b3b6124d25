// What a gazetteer entry makes of a name: a country by its common name, a city with its point, a
// region with its country and no point (the gazetteer's regions have none; a city's point is not its
// region's: `Raqqa province`).
import type { GazetteerEntry } from "../../gazetteer/data.js";
import type { Doc, EntityMention } from "../../pipeline/types.js";
import { placeCueAfter, placeCueBefore } from "./context.js";

export type GazetteerPlace = Pick<EntityMention, "type" | "canonical" | "country" | "coordinates"> & { fromContext: boolean };

export function gazetteerPlace(doc: Doc, [start, end]: [number, number], [canonical, type, country, lat, lon]: GazetteerEntry): GazetteerPlace {
  if (type === "country") return { type: "country", canonical, country, coordinates: { lat, lon }, fromContext: false };
  // `the Saudi city of Jazan`: the words before say a city where the gazetteer knows only the region
  if (type === "region") return { type: placeCueBefore(doc, start) === "city" ? "city" : "region", canonical: null, country, coordinates: null, fromContext: false };
  if (placeCueAfter(doc, end) === "region") return { type: "region", canonical: null, country, coordinates: null, fromContext: true };
  return { type: "city", canonical: null, country, coordinates: { lat, lon }, fromContext: false };
}
