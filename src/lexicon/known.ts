// Exact-name lookups over the general-knowledge lists.
import { memoise } from "../memo.js";
import { KNOWN_PLACES, type KnownPlace } from "./geography.js";
import { KNOWN_ORGANISATIONS, type KnownOrganisation } from "./organisations.js";

const fold = (name: string) => name.toLowerCase().replace(/[’']/g, "'").replace(/-/g, " ").replace(/^the /, "");

const organisations = new Map<string, KnownOrganisation>();
for (const org of KNOWN_ORGANISATIONS) for (const n of [org.name, ...org.aliases]) organisations.set(n.length <= 5 ? n : fold(n), org);

const places = new Map<string, KnownPlace>(KNOWN_PLACES.map((p) => [fold(p.name), p]));

/** Short aliases (`IS`, `AP`) must match in their own case; longer names in any. */
export const knownOrganisation = memoise((name: string): KnownOrganisation | null => organisations.get(name) ?? organisations.get(fold(name)) ?? null);

export const knownPlace = memoise((name: string): KnownPlace | null => places.get(fold(name)) ?? null);
