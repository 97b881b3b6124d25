// Well-known organisations, general knowledge: canonical name, subtype, and the aliases news uses for them.
import type { ActorSubtype } from "../schema.js";

export interface KnownOrganisation {
  name: string;
  subtype: ActorSubtype;
  aliases: string[];
}

export const KNOWN_ORGANISATIONS: KnownOrganisation[] = [
  // international organisations
  { name: "United Nations", subtype: "international organisation", aliases: ["UN", "U.N."] },
  { name: "UN Security Council", subtype: "international organisation", aliases: ["Security Council", "UNSC"] },
  { name: "NATO", subtype: "international organisation", aliases: ["North Atlantic Treaty Organization", "Nato"] },
  { name: "European Union", subtype: "international organisation", aliases: ["EU", "E.U."] },
  { name: "African Union", subtype: "international organisation", aliases: ["AU"] },
  { name: "Arab League", subtype: "international organisation", aliases: ["League of Arab States"] },
  { name: "OPEC", subtype: "international organisation", aliases: ["Organization of the Petroleum Exporting Countries"] },
  { name: "World Health Organization", subtype: "international organisation", aliases: ["WHO"] },
  { name: "International Monetary Fund", subtype: "international organisation", aliases: ["IMF"] },
  { name: "World Bank", subtype: "international organisation", aliases: [] },
  { name: "International Committee of the Red Cross", subtype: "international organisation", aliases: ["ICRC", "Red Cross"] },
  { name: "UNHCR", subtype: "international organisation", aliases: ["UN refugee agency"] },
  { name: "UNICEF", subtype: "international organisation", aliases: [] },
  { name: "International Criminal Court", subtype: "international organisation", aliases: ["ICC"] },
  { name: "Organization for Security and Co-operation in Europe", subtype: "international organisation", aliases: ["OSCE"] },
  { name: "Amnesty International", subtype: "other", aliases: ["Amnesty"] },
  { name: "Human Rights Watch", subtype: "other", aliases: ["HRW"] },
  { name: "Medecins Sans Frontieres", subtype: "other", aliases: ["MSF", "Doctors Without Borders"] },
  { name: "Syrian Observatory for Human Rights", subtype: "other", aliases: ["Observatory", "SOHR"] },
  // armed groups
  { name: "Islamic State", subtype: "armed group", aliases: ["ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"] },
  { name: "al Qaeda", subtype: "armed group", aliases: ["al-Qaeda", "al-Qaida", "Al Qaeda", "Al-Qaeda"] },
  { name: "Taliban", subtype: "armed group", aliases: [] },
  { name: "Hezbollah", subtype: "armed group", aliases: ["Hizbollah", "Hizbullah"] },
  { name: "Hamas", subtype: "armed group", aliases: [] },
  { name: "al-Shabaab", subtype: "armed group", aliases: ["al Shabaab", "Shabaab"] },
  { name: "Boko Haram", subtype: "armed group", aliases: [] },
  { name: "YPG", subtype: "armed group", aliases: ["People's Protection Units"] },
  { name: "PKK", subtype: "armed group", aliases: ["Kurdistan Workers' Party"] },
  { name: "Houthis", subtype: "armed group", aliases: ["Houthi", "Ansar Allah"] },
  { name: "Nusra Front", subtype: "armed group", aliases: ["al-Nusra Front", "Jabhat al-Nusra"] },
  { name: "Hayat Tahrir al-Sham", subtype: "armed group", aliases: ["HTS"] },
  { name: "Free Syrian Army", subtype: "armed group", aliases: ["FSA"] },
  { name: "Popular Mobilization Forces", subtype: "armed group", aliases: ["PMF", "Hashd al-Shaabi"] },
  // governments and their offices, by the names news uses
  { name: "White House", subtype: "government", aliases: [] },
  { name: "Pentagon", subtype: "military", aliases: [] },
  { name: "Kremlin", subtype: "government", aliases: [] },
  { name: "State Department", subtype: "government", aliases: [] },
  // central banks
  { name: "Federal Reserve", subtype: "government", aliases: ["Fed", "U.S. Federal Reserve"] },
  { name: "European Central Bank", subtype: "government", aliases: ["ECB"] },
  { name: "Bank of England", subtype: "government", aliases: ["BoE"] },
  { name: "Bank of Japan", subtype: "government", aliases: ["BoJ"] },
  { name: "People's Bank of China", subtype: "government", aliases: ["PBOC"] },
  // news agencies and media
  { name: "Reuters", subtype: "media", aliases: [] },
  { name: "Associated Press", subtype: "media", aliases: ["AP"] },
  { name: "Agence France-Presse", subtype: "media", aliases: ["AFP"] },
  { name: "BBC", subtype: "media", aliases: ["British Broadcasting Corporation"] },
  { name: "CNN", subtype: "media", aliases: [] },
  { name: "Al Jazeera", subtype: "media", aliases: ["Al-Jazeera"] },
  { name: "Bloomberg", subtype: "media", aliases: [] },
  { name: "Xinhua", subtype: "media", aliases: [] },
  { name: "TASS", subtype: "media", aliases: [] },
  { name: "SANA", subtype: "media", aliases: [] },
  { name: "Anadolu", subtype: "media", aliases: ["Anadolu Agency"] },
  { name: "New York Times", subtype: "media", aliases: [] },
  { name: "Washington Post", subtype: "media", aliases: [] },
  // platforms where statements are posted (`said on Telegram`): companies, not places
  ...["Twitter", "Facebook", "Telegram", "YouTube", "Instagram", "TikTok", "WhatsApp"].map((name): KnownOrganisation => ({ name, subtype: "company", aliases: [] })),
];

/** Initials that name a thing, an office or a measure, never an actor: `applying AI at scale`, `the IPO`, `GDP`. */
export const COMMON_INITIALS = new Set([
  "AI", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "IPO", "CPI", "PMI", "VAT", "TV", "PC", "EV", "EVs", "GPS", "DNA", "RNA",
  "HIV", "AIDS", "COVID", "ICU", "IVF", "LGBT", "LGBTQ", "MP", "MPs", "PhD", "MBA", "SUV", "ATM", "PIN", "URL", "USB", "WiFi",
  "AM", "PM", "GMT", "UTC", "ID", "IQ", "CV", "PR", "HR", "IT", "OK", "DIY", "FAQ", "VIP", "RSVP", "ASAP",
]);
