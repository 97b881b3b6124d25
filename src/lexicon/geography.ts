// Major rivers, seas and regions that news names without a head word (`the Euphrates`), general knowledge.
// Coordinates are left to the gazetteer; these carry only what is certain.
import type { PlaceType } from "../schema.js";

export interface KnownPlace {
  name: string;
  type: PlaceType;
  country: string | null;
}

export const KNOWN_PLACES: KnownPlace[] = [
  // the United Kingdom by the names news gives it and its nations (world-countries spells only `Great Britain`)
  { name: "Britain", type: "country", country: "GB" },
  ...["England", "Scotland", "Wales", "Northern Ireland"].map((name): KnownPlace => ({ name, type: "region", country: "GB" })),
  ...["Euphrates", "Tigris", "Nile", "Jordan River", "Danube", "Rhine", "Volga", "Dnieper", "Amazon River", "Mississippi River", "Yangtze", "Mekong", "Ganges", "Indus", "Congo River", "Niger River", "Thames", "Seine", "Don River", "Orontes", "Litani", "Helmand", "Oxus", "Zambezi", "Limpopo", "Rio Grande", "Yellow River"].map(
    (name) => ({ name, type: "river" as const, country: null }),
  ),
  ...["Mediterranean", "Black Sea", "Red Sea", "Caspian Sea", "Persian Gulf", "Gulf of Aden", "Arabian Sea", "South China Sea", "Baltic Sea", "Atlantic", "Pacific", "Indian Ocean", "Aegean", "Adriatic", "Strait of Hormuz", "Bab el-Mandeb"].map(
    (name) => ({ name, type: "sea" as const, country: null }),
  ),
  ...["Middle East", "Levant", "Balkans", "Caucasus", "Sahel", "Horn of Africa", "Maghreb", "Central Asia", "Southeast Asia", "Latin America", "West Bank", "Gaza Strip", "Gaza", "Golan Heights", "Sinai", "Kurdistan", "Donbas", "Crimea", "Kashmir", "Darfur", "Western Europe", "Eastern Europe", "Scandinavia", "Siberia", "Patagonia"].map(
    (name) => ({ name, type: "region" as const, country: null }),
  ),
  ...["Europe", "Asia", "Africa", "North America", "South America", "Antarctica", "Oceania"].map((name) => ({ name, type: "continent" as const, country: null })),
];
