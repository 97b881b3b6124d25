// entities: what the actor and place stages find in sentences the team wrote
import { describe, expect, it } from "vitest";
import { ORGANISATION_HEADS, PLACE_CUES, PLACE_HEADS } from "../../src/lexicon/heads.js";
import { parseArticle } from "../../src/index.js";

const parse = (text: string) => parseArticle(text, { date: "2020-05-01" });

describe("entities: actors", () => {
  it.each([
    // [text, name, type, roles]
    ["Syrian President Bashar al-Assad met the delegation.", "Bashar al-Assad", "person", ["Syrian President"]],
    ["Omar Hassan, a rebel commander in the north, said the road was open.", "Omar Hassan", "person", ["rebel commander"]],
    // a title, and the role in the appositive after the name
    ["Dr. Anthony Fauci, the White House chief medical adviser, said shots help.", "Anthony Fauci", "person", ["Dr.", "White House chief medical adviser"]],
    // an organisation's initials leading the role in an appositive
    ["\"It is catastrophic,\" said Lise Grande, the U.N. humanitarian coordinator for Yemen.", "Lise Grande", "person", ["U.N. humanitarian coordinator"]],
    ["The envoy for the talks in Geneva, Maria Lindqvist, said nothing.", "Maria Lindqvist", "person", ["envoy"]],
    ["Prime Minister Anna Berg will travel on Monday.", "Anna Berg", "person", ["Prime Minister"]],
    // a place or an organisation before a title is part of the role; hyphenated titles; a title opening the sentence
    ["London Mayor Sadiq Khan spoke.", "Sadiq Khan", "person", ["London Mayor"]],
    ["NATO Secretary-General Mark Rutte is due to visit Kyiv.", "Mark Rutte", "person", ["NATO Secretary-General"]],
    ["Mayor Bill de Blasio spoke.", "Bill de Blasio", "person", ["Mayor"]],
    ["Chief Executive Elon Musk told analysts the cuts would end.", "Elon Musk", "person", ["Chief Executive"]],
    ["Police Superintendent Larry Snelling told reporters.", "Larry Snelling", "person", ["Police Superintendent"]],
    // a title is a person's, not the organisation's after `of`
    ["Chairman Jerome Powell of the Federal Reserve spoke.", "Federal Reserve", "organization", []],
    ["Fighters from the Popular Front for Liberation entered the town.", "Popular Front for Liberation", "organization", []],
    ["The Kurdish YPG militia holds the bridge.", "YPG", "organization", []],
    ["Officials at the Ministry of Water Resources declined to comment.", "Ministry of Water Resources", "organization", []],
    ["Islamic State claimed the attack.", "Islamic State", "organization", []],
    ["The mayor said on Telegram that a building was hit.", "Telegram", "organization", []],
    // an institution's head word outranks a tagger that read a person
    ["She graduated from Sarah Lawrence College in 1970.", "Sarah Lawrence College", "organization", []],
    // an Arabic group's head word comes first
    ["Jaish al-Islam and Ahrar al-Sham fighters have held out.", "Ahrar al-Sham", "organization", []],
    ["Kataib Hezbollah and Liwa al-Quds fought near Aleppo.", "Liwa al-Quds", "organization", []],
    ["The International Committee of the Red Cross treated 40 people.", "International Committee of the Red Cross", "organization", []],
    ["The Ministry of the Interior said 12 people died.", "Ministry of the Interior", "organization", []],
  ])("%s -> %s", (text, name, type, roles) => {
    const actor = parse(text).actors.find((a) => a.name === name);
    expect(actor, `no actor ${name}`).toBeDefined();
    expect(actor!.type).toBe(type);
    expect(actor!.roles).toEqual(roles);
  });

  it.each([
    // [text, name, aliases, mention count]
    ["The Northern Relief Council (NRC) opened a camp. The NRC said it had room for 500 families.", "Northern Relief Council", ["NRC"], 3],
    ["Maria Lopez spoke first. Lopez said the vote was fair.", "Maria Lopez", [], 2],
    ["Daesh fighters retreated as Islamic State lost ground.", "Islamic State", ["Daesh"], 2],
    // a known name opening a sentence with `The`: the mention leaves the article out
    ["The World Health Organization said it would act.", "World Health Organization", [], 1],
    // bracketed initials joined by a hyphen
    ["The Muslim League-Nawaz (PML-N) won 75 seats. The PML-N said it would talk to partners.", "Muslim League-Nawaz", ["PML-N"], 3],
    ["Syria's army advanced. The Syrian army took the hill.", "Syrian army", ["Syria's army"], 2],
    // a company's legal form is no part of the name it is known by
    ["Shares of Tesla Inc fell on Monday. Tesla's stock has lost a third of its value.", "Tesla Inc", ["Tesla"], 2],
    // a person is not the country in brackets after the name
    ["Michael Chang (U.S.) beat Sergi Bruguera (Spain) 6-3 6-2.", "Michael Chang", [], 1],
  ])("one actor per real entity: %s", (text, name, aliases, count) => {
    const actor = parse(text).actors.find((a) => a.name === name);
    expect(actor, `no actor ${name}`).toBeDefined();
    expect(actor!.aliases).toEqual(aliases);
    expect(actor!.mentions).toHaveLength(count);
  });

  it.each([
    // [text, every actor's name]: a function word the tagger cut off as a name of its own is dropped
    ["The Ministry of Defence said rebels fired a missile at Riyadh.", ["Ministry of Defence"]],
    // the lower-case word that ends a name stays in it, unless it follows initials (`YPG militia`)
    ["Zhirinovsky said his Liberal Democratic party and the Russian Duma would help.", ["Zhirinovsky", "Liberal Democratic party", "Duma"]],
    // a nationality is not part of the organisation the tagger found after it
    ["A Brazilian Foreign Ministry spokeswoman said the visit was off.", ["Foreign Ministry"]],
    // a country's institution, named as one, but not where it modifies a noun
    ["The Israeli government had barred the flight, citing German government advice.", ["Israeli government"]],
  ])("actors of %s", (text, names) => {
    expect(parse(text).actors.map((a) => a.name)).toEqual(names);
  });

  it.each([
    ["Syrian President Bashar al-Assad spoke.", "Bashar al-Assad", "extract/entities:title"],
    ["Hezbollah fired rockets.", "Hezbollah", "extract/entities:lexicon"],
    ["A photo. (Reuters/Jane Okafor)", "Jane Okafor", "extract/credits"],
  ])("every mention names its stage: %s", (text, name, source) => {
    const actor = parse(text).actors.find((a) => a.name === name);
    expect(actor?.mentions[0]?.source).toBe(source);
  });
});

describe("entities: places", () => {
  it.each([
    // [text, name, type, country]
    ["Shelling hit Raqqa overnight.", "Raqqa", "city", "SY"],
    ["The convoy reached Deir al-Zor.", "Deir al-Zor", "city", "SY"],
    ["Troops entered al-Mayadin at dawn.", "al-Mayadin", "city", "SY"],
    ["U.S. troops left the base.", "United States", "country", "US"],
    ["Lebanon's Hezbollah fired rockets.", "Lebanon", "country", "LB"],
    ["Boats crossed the Euphrates at night.", "Euphrates", "river", null],
    ["Patients were moved out of the Al-Noor Hospital.", "Al-Noor Hospital", "facility", null],
    ["Residents fled the village of Umm Batna.", "Umm Batna", "city", null],
    ["Warplanes struck the Red Sea port of Hodeidah on Saturday.", "Hodeidah", "city", null],
    // the words before say a city where the gazetteer knows a region of that name
    ["The group fired a missile at the Saudi city of Jazan.", "Jazan", "city", "SA"],
    ["Britain sent two ships.", "Britain", "country", "GB"],
    // a country name two countries share goes to the one the article's other places are in
    ["Fighting neared Goma, in eastern Congo, officials in Kinshasa said.", "DR Congo", "country", "CD"],
    ["Congo's president visited Brazzaville.", "Republic of the Congo", "country", "CG"],
    ["Korea fired missiles from Pyongyang.", "North Korea", "country", "KP"],
    ["Clinton campaigned in Florida on Tuesday.", "Florida", "region", "US"],
    // the state, not the river: the river is named as one
    ["Clinton won Mississippi by a wide margin.", "Mississippi", "region", "US"],
    // tagged MISC, a compass word before a name is a region
    ["Air strikes hit rebel-held Eastern Ghouta on Tuesday.", "Eastern Ghouta", "region", null],
    ["Fans in Scotland celebrated.", "Scotland", "region", "GB"],
    // the dateline's place in capitals, not an acronym nor the agency's alias
    ["GENEVA (AP) — The agency said Wednesday that a new variant was found.", "GENEVA", "city", "CH"],
    // a later mention that says nothing of the kind does not outvote one that does
    ["Troops entered the western town of Tal Baydar. They raised a flag over Tal Baydar.", "Tal Baydar", "city", null],
    // the kind written after the name, or in an appositive, or before a pair of names
    ["Militias clashed in Ikwere province last week.", "Ikwere", "region", null],
    ["Floods hit the Gandaki river again.", "Gandaki", "river", null],
    ["Soldiers raided Tchomia, a fishing village on the lake.", "Tchomia", "city", null],
    ["Rescuers reached the districts of Jajarkot and Surkhet.", "Surkhet", "region", null],
    ["Warm water reached the coast of East Antarctica.", "East Antarctica", "region", null],
    // a region named after its city: the gazetteer's city point is not the region's
    ["Fighting spread across Raqqa province.", "Raqqa", "region", "SY"],
  ])("%s -> %s", (text, name, type, country) => {
    const place = parse(text).places.find((p) => p.name === name);
    expect(place, `no place ${name}`).toBeDefined();
    expect(place!.type).toBe(type);
    expect(place!.country).toBe(country);
  });

  it.each([
    // [text, place]: a dateline city the part-of-speech tagger misread (`TO`); a known organisation named as where it sits
    ["TORONTO 1996-08-21\nShares rose on Wednesday.", "TORONTO"],
    ["He returned to the Kremlin on Thursday.", "Kremlin"],
    ["The Vatican announced the visit.", "Vatican"],
  ])("a place in %s", (text, name) => {
    expect(parse(text).places.flatMap((p) => p.mentions.map((m) => m.text))).toContain(name);
  });

  it("a person whose name holds a city's name stays a person, and the city a place", () => {
    const result = parse("Ardal Mosul, a field commander, said fighting in Mosul went on.");
    expect(result.actors.map((a) => [a.name, a.type])).toContainEqual(["Ardal Mosul", "person"]);
    expect(result.places.map((p) => p.mentions.map((m) => m.text))).toEqual([["Mosul"]]);
  });
});

describe("entities: head words", () => {
  // the tables are read by any word of an article: a name of Object.prototype is no head
  it.each([["constructor"], ["toString"], ["hasOwnProperty"], ["__proto__"]])("%s is no head and no place cue", (word) => {
    expect([ORGANISATION_HEADS[word], PLACE_HEADS[word], PLACE_CUES[word]]).toEqual([undefined, undefined, undefined]);
  });
  it.each([["forces", "armed group"], ["river", "river"]])("%s is a head: %s", (word, kind) => {
    expect(ORGANISATION_HEADS[word] ?? PLACE_HEADS[word]).toBe(kind);
  });
  it.each([
    // [text, name, kind, actor subtype or place type]: the last word of a name says what it names
    ["Officials at the Bangladesh Water Development Board said the river rose.", "Bangladesh Water Development Board", "actor", "government"],
    ["The Australian Antarctic Division runs the base.", "Australian Antarctic Division", "actor", "other"],
    ["Arsenal FC signed the striker.", "Arsenal FC", "actor", "other"],
    ["The coach told Sky Sports he was proud.", "Sky Sports", "actor", "media"],
    ["Scientists at Casey Station measured the ice.", "Casey Station", "place", "facility"],
    ["The ship sailed to the Totten Glacier last week.", "Totten Glacier", "place", "other"],
  ])("%s -> %s", (text, name, kind, sort) => {
    const result = parse(text);
    const found = kind === "actor" ? result.actors.find((a) => a.name === name)?.subtype : result.places.find((p) => p.name === name)?.type;
    expect(found).toBe(sort);
  });
});
