// Titles written before a name: kept as roles, out of the name (`Syrian President Bashar al-Assad`).
export const TITLES = new Set(
  [
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "king", "queen",
    "prince", "princess", "emir", "sultan", "crown", "pope", "cardinal", "archbishop", "bishop", "ayatollah",
    "imam", "rabbi", "sheikh", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor",
    "gov", "mayor", "ambassador", "envoy", "judge", "justice", "chief", "director", "chairman", "chairwoman",
    "commander", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "admiral", "adm",
    "sergeant", "sgt", "brigadier", "brig", "marshal", "field", "gen", "mr", "mrs", "ms", "miss", "dr", "prof",
    "professor", "sir", "lord", "lady", "dame", "foreign", "defence", "defense", "interior", "finance", "deputy",
    "state", "spokesman", "spokeswoman", "leader", "speaker", "attorney", "officer", "coach", "manager", "ceo",
    "executive", "operating", "financial", "chair", "chairperson", "founder", "police", "superintendent",
    "commissioner", "inspector", "detective", "sheriff", "prosecutor",
  ].map((w) => w.toLowerCase()),
);

/** A title word that can also begin a name, so it is a title only when more capitalised words follow. */
export const TITLE_OR_NAME = new Set(["sheikh", "king", "prince", "general", "major", "field", "state", "chief", "foreign", "lady", "speaker", "leader", "justice"]);
