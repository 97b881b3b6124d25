// extract/quotes: one row per construction, each a short sentence and every quote it should give.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { QuoteDraft } from "../../src/pipeline/types.js";
import { sharedAbsent, sharedPath } from "../helpers/shared.js";
import { quotesOf } from "./quote-stages.js";

interface Seen {
  kind: QuoteDraft["kind"];
  text: string;
  cue: string | null;
  speaker: string | null;
  fragments?: string[];
}

/** What a row checks: fragments only when there are several. */
function seen(quote: QuoteDraft): Seen {
  const row: Seen = { kind: quote.kind, text: quote.text, cue: quote.cue?.text ?? null, speaker: quote.speaker?.mention?.text ?? null };
  if (quote.fragments.length > 1) row.fragments = quote.fragments.map((f) => f.text);
  return row;
}

const direct = (text: string, cue: string | null, speaker: string | null, fragments?: string[]): Seen =>
  fragments ? { kind: "direct", text, cue, speaker, fragments } : { kind: "direct", text, cue, speaker };
const partial = (text: string, cue: string, speaker: string): Seen => ({ kind: "partial", text, cue, speaker });
const indirect = (text: string, cue: string, speaker: string | null): Seen => ({ kind: "indirect", text, cue, speaker });

const ROWS: Array<[string, string, Seen[]]> = [
  // quotation marks of every kind
  ["straight marks", '"We are ready for the battle," the commander said.', [direct("We are ready for the battle", "said", "the commander")]],
  ["curly marks", "“We are ready for the battle,” the commander said.", [direct("We are ready for the battle", "said", "the commander")]],
  ["two apostrophes as marks", "''Bombast does not cut it,'' Mr. Ridge said.", [direct("Bombast does not cut it", "said", "Mr. Ridge")]],
  ["two apostrophes closing after an inner quote", "''I hate the term 'Manhattan poor,''' she said.", [direct("I hate the term 'Manhattan poor,'", "said", "she")]],
  ["guillemets", "Le ministre a dit : « Nous sommes prêts. » He said: « Nous sommes prêts pour la bataille. »", [direct("Nous sommes prêts pour la bataille.", "said", "He")]],
  // curly marks typed the wrong way round: the mark's place decides (read/normalise.ts)
  ["an opening mark that closes", "Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked.", [direct("Do you want to be associated with a fascist?", "asked", "he")]],
  ["a closing mark that opens", "”We will win this fight,” he said.", [direct("We will win this fight", "said", "he")]],
  ["an unclosed quote after a colon, closed by a single mark at the paragraph's end", "Schumer tweeted: “Let’s go. We can stop gun violence.’\n\nHe was there.", [direct("Let’s go. We can stop gun violence.", "tweeted", "Schumer")]],
  ["a participle after an inverted speaker and a long appositive", "\"The situation is catastrophic,\" said Lise Grande, the U.N. humanitarian coordinator for Yemen, adding that cholera had infected nearly 2.5 million people.", [direct("The situation is catastrophic", "said", "Lise Grande"), indirect("cholera had infected nearly 2.5 million people", "adding", "Lise Grande")]],
  ["a quote that goes on after `, and`", "\"This deal must come with vigorous enforcement,\" she said, and \"clear consequences for any violations.\"", [direct("This deal must come with vigorous enforcement,\" she said, and \"clear consequences for any violations.", "said", "she", ["This deal must come with vigorous enforcement", "clear consequences for any violations."])]],
  ["a quote, then a legislator's party and state as an appositive", "\"That was a good speech,\" Steve Cohen, Democrat of Tennessee, told Mr. Obama.", [direct("That was a good speech", "told", "Steve Cohen")]],
  ["a subject with a party appositive", "Steve Cohen, Democrat of Tennessee, said the bill would pass.", [indirect("the bill would pass", "said", "Steve Cohen")]],
  ["an inverted speaker whose surname is a preposition", "\"We won in those three elections,\" said Al From, who helped found the DLC.", [direct("We won in those three elections", "said", "Al From")]],
  ["German low and high marks", "„Wir schaffen das“, sagte Merkel. Later, she said: „Wir sind bereit für die Wahl.“", [direct("Wir sind bereit für die Wahl.", "said", "she")]],
  [
    "straight and curly marks mixed in one quote",
    "“We will win,\" he said, \"and soon.”",
    [direct("We will win,\" he said, \"and soon.", "said", "he", ["We will win", "and soon."])],
  ],
  ["straight marks inside curly ones stay content", "“He told me \"no\" twice,” she said.", [direct("He told me \"no\" twice", "said", "she")]],
  ["single inside double", "“They call it ‘the last stand’ and they mean it,” she said.", [direct("They call it ‘the last stand’ and they mean it", "said", "she")]],
  // where the attribution sits
  ["inverted attribution", '"We have no choice," said Mayor Anne Martin.', [direct("We have no choice", "said", "Mayor Anne Martin")]],
  ["colon before the quote", 'The minister said: "The talks have failed."', [direct("The talks have failed.", "said", "The minister")]],
  ["cue and comma before the quote", 'The minister said on Monday, "The talks have failed."', [direct("The talks have failed.", "said", "The minister")]],
  ["a sentence ending on its cue introduces the quote after it", "The senator said on Monday. “We will not back down.”", [direct("We will not back down.", "said", "The senator")]],
  ["`went on to say,` before the quote", "Bryne went on to say, “I know this to be true.”", [direct("I know this to be true.", "say", "Bryne")]],
  ["a verb of asking beside the marks", "“What made him change so fundamentally?” Beck questioned.", [direct("What made him change so fundamentally?", "questioned", "Beck")]],
  ["adjuncts after the cue", '"The town is ours," the spokesman added in a statement on Sunday.', [direct("The town is ours", "added", "the spokesman")]],
  // one quote in pieces
  [
    "split by its attribution",
    '"We will win," he said, "and soon."',
    [direct('We will win," he said, "and soon.', "said", "he", ["We will win", "and soon."])],
  ],
  [
    "split across a full stop",
    "“We are ready,” said John Smith, a spokesman for the group. “The attack will come.”",
    [direct("We are ready,” said John Smith, a spokesman for the group. “The attack will come.", "said", "John Smith", ["We are ready", "The attack will come."])],
  ],
  [
    "over two paragraphs",
    "“The first paragraph of a long statement.\n\n“The second paragraph of it,” she said.",
    [direct("The first paragraph of a long statement.\n\n“The second paragraph of it", "said", "she", ["The first paragraph of a long statement.", "The second paragraph of it"])],
  ],
  [
    "a quote that goes on after its attribution",
    "“We are ready,” she said.\n\n“The enemy is weak and the city will fall.”",
    [direct("We are ready", "said", "she"), direct("The enemy is weak and the city will fall.", null, "she")],
  ],
  // attributions beside quotes: verbs of manner, any tail, participles
  ["a verb of manner after the quote", "“Go back to your seat,” the senator barked.", [direct("Go back to your seat", "barked", "the senator")]],
  ["a participle after the attribution", "“I am ready whenever he is,” Ramos said, smiling at the crowd.", [direct("I am ready whenever he is", "said", "Ramos")]],
  ["inverted speaker and a relative clause", "“We have the power to ask questions,” said Ramos, whose new book is out.", [direct("We have the power to ask questions", "said", "Ramos")]],
  // the inverted speaker ends where an adjunct begins
  ["inverted speaker, then `when asked`", "“We will win. It is sure,” said Dan Golvach when asked about the race.", [direct("We will win. It is sure", "said", "Dan Golvach"), indirect("the race", "asked", null)]],
  ["inverted speaker, then `as` and a clause", "“We will win this fight,” said Smith as he left the room.", [direct("We will win this fight", "said", "Smith")]],
  ["inverted speaker, then `in a statement`", "“We will win this fight,” said John Smith in a statement on Monday.", [direct("We will win this fight", "said", "John Smith")]],
  ["inverted speaker, then `during`", "“We will win this fight,” said the senator during a rally in Ohio.", [direct("We will win this fight", "said", "the senator")]],
  ["inverted speaker, then `while` and a participle", "“We will win this fight,” said Smith while campaigning in Iowa.", [direct("We will win this fight", "said", "Smith")]],
  ["inverted speaker with `on` in a body's name", "“We will win,” said the chairman of the Committee on Foreign Relations.", [direct("We will win", "said", "the chairman of the Committee on Foreign Relations")]],
  ["inverted speaker with `at` and an institution", "“We will win,” said a professor at the University of Iowa.", [direct("We will win", "said", "a professor at the University of Iowa")]],
  // the dateline is metadata: the statement starts after it
  ["a statement after a dateline", "BAGHDAD (Reuters) - Iraqi forces pushed into the town of al-Qaim on Friday, a military spokesman said.", [indirect("Iraqi forces pushed into the town of al-Qaim on Friday", "said", "a military spokesman")]],
  ["a headline, then a dateline", "Clinton urges allies to act\n\nNEW YORK, Nov. 19 (UPI) — Hillary Clinton said the allies must act now.", [indirect("the allies must act now", "said", "Hillary Clinton")]],
  ["a statement, then `a charge X denied`", "The spokesman accused Rwanda of supporting the rebels, a charge Kigali has repeatedly denied.", [indirect("The spokesman accused Rwanda of supporting the rebels", "denied", "Kigali")]],
  ["..., said X in a statement", "The plan will fail, said John Smith in a statement.", [indirect("The plan will fail", "said", "John Smith")]],
  ["a cue right before an exclamation in marks", "Supporters gave each other high-fives. Some chanted “USA! USA!” Hundreds of people had gathered.", [direct("USA! USA!", "chanted", "Some")]],
  ["a participle right before a statement in marks", "Protesters interrupted her speech, shouting “she wins, we lose!” She laughed.", [direct("she wins, we lose!", "shouting", "Protesters")]],
  ["`by saying` right before a statement in marks", "Obama punctuated his list by saying “Too many.” The audience followed.", [direct("Too many.", "saying", "Obama")]],
  ["an attribution ending on a comma before a mark opens the next quote", "“We won,” said Baron. “It was a hard race.” He continued, “We will govern for everyone.”", [direct("We won,” said Baron. “It was a hard race.", "said", "Baron", ["We won", "It was a hard race."]), direct("We will govern for everyone.", "continued", "He")]],
  ["a quote left open closes with its paragraph", "“We won,” said Baron. “It was a hard race and we earned it.\n\nHe continued, “We will govern for everyone.”", [direct("We won,” said Baron. “It was a hard race and we earned it.", "said", "Baron", ["We won", "It was a hard race and we earned it."]), direct("We will govern for everyone.", "continued", "He")]],
  ["a quote alone in the next paragraph goes on with the one before", "“CNN has done an awful job,” Barkley said. “They have followed ratings.”\n\n“And it’s become sad.”\n\nThen he left.", [direct("CNN has done an awful job,” Barkley said. “They have followed ratings.”\n\n“And it’s become sad.", "said", "Barkley", ["CNN has done an awful job", "They have followed ratings.", "And it’s become sad."])]],
  ["`According to X, “...”`: one direct quote, not a reported clause as well", "According to the Daily News, “Gun laws let dealers sell to any adult. Very few people are barred.”", [direct("Gun laws let dealers sell to any adult. Very few people are barred.", "According to", "the Daily News")]],
  ["after a colon, the attribution after the comma in the marks is the quote's own", "Trump asserted that France had lost its identity: “France is no longer France,” he claimed.", [indirect("France had lost its identity", "asserted", "Trump"), direct("France is no longer France", "claimed", "he")]],
  ["`Said X, who ..., “...”`: an inverted subject with its relative clause", "The avenue was renovated. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”", [direct("We were all so proud of him.", "Said", "Dorothy Poynter")]],
  ["an inverted subject before its relative clause", "“It was awful,” said one of two witnesses who relayed the same story but did not want to be named.", [direct("It was awful", "said", "one of two witnesses")]],
  ["a clause of time after the cue is no content of its own", "“Alabama is proud to cast its votes!” Senator Jeff Sessions said as he launched the process.", [direct("Alabama is proud to cast its votes!", "said", "Senator Jeff Sessions")]],
  ["an inverted subject speaks the participle after it", "“It was the product of that atmosphere,” said Devine, suggesting that the next contests won’t be so heated.", [direct("It was the product of that atmosphere", "said", "Devine"), indirect("the next contests won’t be so heated", "suggesting", "Devine")]],
  ["a quote with its own cue right before it does not go on with the last one", "“Too forced?” he tweeted when she ended a debate, remarking, “Thank you, and may The Force be with you.”", [direct("Too forced?", "tweeted", "he"), direct("Thank you, and may The Force be with you.", "remarking", "he")]],
  ["verb of manner before the quote", "He continued, “We will not give up the city.”", [direct("We will not give up the city.", "continued", "He")]],
  ["a cue at the end of a clause before the quote: the noun phrase beside it", "She had a sharp reply ready when she said, “I know the difference between a job and a title.”", [direct("I know the difference between a job and a title.", "said", "she")]],
  ["a participle after a trailing attribution: its speaker", 'The gunman left as soon as prayers were over, Nefzi said, adding, "He was not a regular here."', [indirect("The gunman left as soon as prayers were over", "said", "Nefzi"), direct("He was not a regular here.", "adding", "Nefzi")]],
  ["an existential `there` before a colon names no speaker", 'Then there was the most obvious change of all: "It is about time that we had a woman running this country."', [direct("It is about time that we had a woman running this country.", null, null)]],
  [
    "a participle after a subject with an auxiliary",
    "The foundation did not want to comment on the candidate, telling reporters that it was focused on “ending senseless gun violence.”",
    [indirect("it was focused on “ending senseless gun violence.”", "telling", "The foundation"), partial("ending senseless gun violence.", "telling", "The foundation")],
  ],
  ["a cue after `and` before the quote", "A voter asked for a photograph and the senator said, “Only if we stay outside the polling place.”", [direct("Only if we stay outside the polling place.", "said", "the senator")]],
  ["participle before the quote: the subject speaks", "Huma Abedin emailed supporters on Monday, telling them, “We are proud of our work.”", [direct("We are proud of our work.", "telling", "Huma Abedin")]],
  ["inverted cue opening the sentence", "Said Dorothy Poynter, “We were all so proud of him.”", [direct("We were all so proud of him.", "Said", "Dorothy Poynter")]],
  ["a sentence after a quote is no attribution", "“We won the debate.” The next debate is in May and Smith has prepared for it.", [direct("We won the debate.", null, null)]],
  [
    "a quote that goes on after an attribution with a tail",
    "“One of us ran against him,” Sanders said, invoking the 2008 race. “I was not that candidate.”",
    [direct("One of us ran against him,” Sanders said, invoking the 2008 race. “I was not that candidate.", "said", "Sanders", ["One of us ran against him", "I was not that candidate."])],
  ],
  ["the whole reported clause in marks", "Cruz says that “when you live by the pen, you die by the pen.”", [direct("when you live by the pen, you die by the pen.", "says", "Cruz")]],
  // reported speech
  ["X said (that) ...", "The minister said that the talks had failed.", [indirect("the talks had failed", "said", "The minister")]],
  ["X said ... (no that)", "On Sunday a Syrian military source said the army had taken the town.", [indirect("the army had taken the town", "said", "a Syrian military source")]],
  ["..., X said.", "The talks had failed on Monday, the minister said.", [indirect("The talks had failed on Monday", "said", "the minister")]],
  ["..., said X.", "The town was taken on Monday, said a spokesman for the army.", [indirect("The town was taken on Monday", "said", "a spokesman for the army")]],
  ["X told Reuters (that) ...", "The commander told Reuters that the assault would begin soon.", [indirect("the assault would begin soon", "told", "The commander")]],
  ["..., X told Reuters on Sunday.", "The assault would begin soon, the commander told Reuters on Sunday.", [indirect("The assault would begin soon", "told", "the commander")]],
  ["according to X, ...", "According to the ministry, three people were killed in the blast.", [indirect("three people were killed in the blast", "According to", "the ministry")]],
  ["..., according to X after a colon: the clause starts after it", "The tax has not hurt the city: London was the financial capital in 2015, according to one index.", [indirect("London was the financial capital in 2015", "according to", "one index")]],
  ["..., according to X: ...", "There are four systems that track the records, according to the State Department: one for each office.", [indirect("There are four systems that track the records", "according to", "the State Department")]],
  ["..., according to X.", "Three people were killed in the blast, according to the ministry.", [indirect("Three people were killed in the blast", "according to", "the ministry")]],
  ["X warned that ...", "She warned that the ceasefire would not hold.", [indirect("the ceasefire would not hold", "warned", "She")]],
  ["X denied ...", "The army denied that it had shelled the town.", [indirect("it had shelled the town", "denied", "The army")]],
  ["X announced ...", "The government announced that elections would be held in May.", [indirect("elections would be held in May", "announced", "The government")]],
  ["X has previously said that ...", "Officials have previously said that the group had moved its command.", [indirect("the group had moved its command", "said", "Officials")]],
  ["X said <day> ...: the clause's own `that` stays in it", "The senator said Thursday his biggest worry is that the plan will fail.", [indirect("his biggest worry is that the plan will fail", "said", "The senator")]],
  ["X said earlier this week ...", "The minister said earlier this week the talks had failed.", [indirect("the talks had failed", "said", "The minister")]],
  ["X said in a statement ... that", "The party said in a statement on its website that it would boycott the vote.", [indirect("it would boycott the vote", "said", "The party")]],
  ["in a statement, X said", "In a statement, the army said the town had been retaken.", [indirect("the town had been retaken", "said", "the army")]],
  ["a name ending in -ly is no adverb", "Kelly said she asked for the interview because she wanted a fair hearing.", [indirect("she asked for the interview because she wanted a fair hearing", "said", "Kelly")]],
  ["a tagged noun phrase with `of`", "Three-quarters of the voters said they were worried about the economy.", [indirect("they were worried about the economy", "said", "Three-quarters of the voters")]],
  ["a subject after a conjunction", "The vote was close, though Mrs. Fiorina said she doubted voters would care.", [indirect("she doubted voters would care", "said", "Mrs. Fiorina")]],
  ["..., said X, with a long appositive", "The company will cut costs, said Rita Katz, the director of the group, which tracks the industry closely.", [indirect("The company will cut costs", "said", "Rita Katz")]],
  ["..., X told a Senate panel", "The force will assist Kurdish fighters, Defense Secretary Ash Carter told a Senate panel Wednesday.", [indirect("The force will assist Kurdish fighters", "told", "Defense Secretary Ash Carter")]],
  ["X suggested ...", "Clinton suggested the United States should send more special forces.", [indirect("the United States should send more special forces", "suggested", "Clinton")]],
  ["..., saying ...: the subject of the sentence speaks", "Sanders defended his call to raise the minimum wage, saying the gains would outweigh the losses.", [indirect("the gains would outweigh the losses", "saying", "Sanders")]],
  ["X said Tuesday (that) ...", "The senator said Tuesday that his actions were lawful.", [indirect("his actions were lawful", "said", "The senator")]],
  ["X told the New York Times that ...", "The aide told the New York Times that the interview was cancelled.", [indirect("the interview was cancelled", "told", "The aide")]],
  ["two attributions in one sentence", "Nearly half said they prefer an experienced leader, and more than 4 in 10 said the economy was their main worry.", [indirect("they prefer an experienced leader", "said", "Nearly half"), indirect("the economy was their main worry", "said", "more than 4 in 10")]],
  ["`and said`: the subject of the sentence speaks", "The coach told reporters his side had played well and said he would ask the league for a review.", [indirect("his side had played well", "told", "The coach"), indirect("he would ask the league for a review", "said", "The coach")]],
  ["the clause ends before `, which`", "Christie said he would quarantine people over the virus, which is spread by mosquitoes.", [indirect("he would quarantine people over the virus", "said", "Christie")]],
  ["the clause ends before a participle", "Carson said he saw no need to change his campaign, telling reporters about his support.", [indirect("he saw no need to change his campaign", "said", "Carson")]],
  ["the clause ends before a dash", "Trump said he does not want to kill their families — a proposal he has raised before.", [indirect("he does not want to kill their families", "said", "Trump")]],
  ["the clause ends before `but argues`", "Clinton says she respects his passion but argues that he cannot deliver on his promises.", [indirect("she respects his passion", "says", "Clinton"), indirect("he cannot deliver on his promises", "argues", "Clinton")]],
  ["a subordinate attribution inside the sentence ends where the main clause resumes", "The crowd booed, and when Rubio said it was great to be home, the protesters left the hall.", [indirect("it was great to be home", "said", "Rubio")]],
  ["... but not at a list's comma", "Aid arrived while the Red Cross said it had sent tarpaulins, blankets and kits.", [indirect("it had sent tarpaulins, blankets and kits", "said", "the Red Cross")]],
  ["a subordinate attribution ends at its comma", "While Ramos said that journalists cannot take sides, he appears uneasy.", [indirect("journalists cannot take sides", "said", "Ramos")]],
  ["`, which said`: the relative pronoun is the mention", "The vote was run by the Central Election Commission, which said 1.6 million voters had cast ballots.", [indirect("1.6 million voters had cast ballots", "said", "which")]],
  ["the writer's own clause after `, while`", "Most voters said they would back him, while a third said nothing.", [indirect("they would back him", "said", "Most voters")]],
  [
    "colon at the end of a paragraph, quote in the next",
    "The minister said:\n\n“We will not give up the city to anyone.”",
    [direct("We will not give up the city to anyone.", "said", "The minister")],
  ],
  // who the speaker is
  [
    "appositive: role, then name",
    "The spokeswoman for the campaign, Maria Lopez, said that the city would fall within days.",
    [indirect("the city would fall within days", "said", "Maria Lopez")],
  ],
  [
    "appositive: name, then role",
    "The assault will focus on the stadium, Ali Hassan, a field commander in the army, told Reuters.",
    [indirect("The assault will focus on the stadium", "told", "Ali Hassan")],
  ],
  ["bracketed acronym in a description", "The offensive had stalled, a commander in the Syrian Democratic Forces (SDF) said.", [indirect("The offensive had stalled", "said", "a commander in the Syrian Democratic Forces (SDF)")]],
  // partial quotes take the speaker of the reported speech around them
  [
    "partial quote inside reported speech",
    "The spokeswoman said that it would announce the liberation of the city “in the coming few days” after the fighting.",
    [
      indirect("it would announce the liberation of the city “in the coming few days” after the fighting", "said", "The spokeswoman"),
      partial("in the coming few days", "said", "The spokeswoman"),
    ],
  ],
  [
    "partial quote at the end of reported speech",
    'Smith said the town was "completely under our control."',
    [indirect('the town was "completely under our control."', "said", "Smith"), partial("completely under our control.", "said", "Smith")],
  ],
  // quoted words in the complement of a cue: the complement is the statement, the words in marks a partial quote
  ["a cue's object and a quoted word closing the sentence", "Jeb Bush called Trump “unhinged.”", [indirect("Trump “unhinged.”", "called", "Jeb Bush")]],
  [
    "`described X as “...”`",
    "He described the field of candidates as “all very good”.",
    [indirect("the field of candidates as “all very good”", "described", "He"), partial("all very good", "described", "He")],
  ],
  [
    "`pledged to ... “...”`",
    "Mr. Cruz pledged to oppose legal status for immigrants “today, tomorrow, forever.”",
    [indirect("to oppose legal status for immigrants “today, tomorrow, forever.”", "pledged", "Mr. Cruz"), partial("today, tomorrow, forever.", "pledged", "Mr. Cruz")],
  ],
  [
    "any verb with a `that` clause holding quoted words",
    "Trump groused to a crowd in Georgia that CNN “does not treat me properly” on Monday.",
    [indirect("CNN “does not treat me properly” on Monday", "groused", "Trump"), partial("does not treat me properly", "groused", "Trump")],
  ],
  [
    "`telling` a listener with modifiers, then `that`",
    "She stepped up her attack on Tuesday, telling voters in the city that the senator was “a fraud” and a coward.",
    [indirect("the senator was “a fraud” and a coward", "telling", "She")],
  ],
  [
    "`told` a long listener, then `that`",
    "The mayor told a crowd of supporters in the old market hall on Monday that the new budget was “a betrayal of the city.”",
    [indirect("the new budget was “a betrayal of the city.”", "told", "The mayor"), partial("a betrayal of the city.", "told", "The mayor")],
  ],
  [
    "`and called`: the sentence's subject names the thing",
    "The senator took the stage at the convention hall and called the tax plan “a gift to the rich.”",
    [indirect("the tax plan “a gift to the rich.”", "called", "The senator"), partial("a gift to the rich.", "called", "The senator")],
  ],
  [
    "a verb of being inside the reported clause",
    "The governor mused that the president was “not fit to lead the country.”",
    [indirect("the president was “not fit to lead the country.”", "mused", "The governor"), partial("not fit to lead the country.", "mused", "The governor")],
  ],
  [
    "a cue far before the quoted words, across a `that` clause",
    "The candidate boasted on Monday night that the trade strategy she pushed for four years as a minister “did not cost a single job.”",
    [
      indirect("the trade strategy she pushed for four years as a minister “did not cost a single job.”", "boasted", "The candidate"),
      partial("did not cost a single job.", "boasted", "The candidate"),
    ],
  ],
  ["a progressive cue whose whole clause is quoted", "Trump is telling supporters after his victory that “when you win, it is beautiful.”", [direct("when you win, it is beautiful.", "telling", "Trump")]],
  ["a shouted quote with no comma", "A man in the crowd yelled “Stay there!”", [direct("Stay there!", "yelled", "A man in the crowd")]],
  [
    "a reported clause runs to the closing mark over a full stop",
    "Trump said that “ethanol people” “do a fantastic job. And it is so important.”",
    [indirect("“ethanol people” “do a fantastic job. And it is so important.”", "said", "Trump"), partial("do a fantastic job. And it is so important.", "said", "Trump")],
  ],
  // speakers of quotes with no saying verb beside them
  ["a clause ending in a colon introduces the quote", "Trump gestured to the crowd and leaned in: “Let us defeat her in November.”", [direct("Let us defeat her in November.", null, "Trump")]],
  ["a bare name before a colon", "Pollsters agree - Carl Bialik: “One of the biggest shifts came late.”", [direct("One of the biggest shifts came late.", null, "Carl Bialik")]],
  ["`According to X:` before the quote", "According to HuffPo: “Kaine has moved toward a solid position.”", [direct("Kaine has moved toward a solid position.", null, "HuffPo")]],
  [
    "a quote after a sentence that ends with a reported statement goes on with its speaker",
    "The senator said the plan would fail. “It has no chance of passing in this Congress.”",
    [indirect("the plan would fail", "said", "The senator"), direct("It has no chance of passing in this Congress.", null, "The senator")],
  ],
  ["an aside between the subject and the cue", "Hillary Clinton, also campaigning in Wisconsin, said the rival was responsible for it.", [indirect("the rival was responsible for it", "said", "Hillary Clinton")]],
  ["a bracketed abbreviation ends no sentence", "Sen. Rand Paul (R-Ky.) said the tax plan would give money away.", [indirect("the tax plan would give money away", "said", "Sen. Rand Paul (R-Ky.)")]],
  ["a quantity alone as the subject", "Some said they have cringed at the comparison.", [indirect("they have cringed at the comparison", "said", "Some")]],
  [
    "a participle after a quote: the speaker of the quote",
    "“We won,” he said, adding that the team played well.",
    [direct("We won", "said", "he"), indirect("the team played well", "adding", "he")],
  ],
  [
    "after a quote ending in a full stop, a cue with its own clause opens a new statement",
    "“I have chosen to err on the side of life.” Rubio said he does support an exception for the mother.",
    [direct("I have chosen to err on the side of life.", null, null), indirect("he does support an exception for the mother", "said", "Rubio")],
  ],
  // reported speech: constructions
  // questions, requests and objects reported (PolNeAR's content is the question or the object)
  ["an opening `Asked` with its question", "Asked on Fox News who leads the party, he said it was Ryan.", [indirect("who leads the party", "Asked", null), indirect("it was Ryan", "said", "he")]],
  ["`Asked by` names the asker", "Asked by reporters whether he would run again, the senator declined to answer.", [indirect("whether he would run again", "Asked", "reporters")]],
  ["a question asked after `and`: the sentence's subject asks", "He shook hands and asked workers if they planned to attend.", [indirect("if they planned to attend", "asked", "He")]],
  ["a question in a clause of time", "Obama drew a distinction when a reporter asked if the deployments meant a change of course.", [indirect("if the deployments meant a change of course", "asked", "a reporter")]],
  ["a question opening the sentence ends at its comma", "When a reporter asked whom she supported, the senator said she was waiting.", [indirect("whom she supported", "asked", "a reporter"), indirect("she was waiting", "said", "the senator")]],
  ["X asked a listener if ...", "He asked workers if they planned to attend the caucuses.", [indirect("if they planned to attend the caucuses", "asked", "He")]],
  ["`when asked about` a topic", "The governor smiled when asked about his plans for the state.", [indirect("his plans for the state", "asked", null)]],
  ["X asked Y to ...: a request", "The mayor asked the council to delay the vote.", [indirect("the council to delay the vote", "asked", "The mayor")]],
  ["a short answer, then the next attribution", "Most Democrats said yes, but 55 percent of all voters say she does not.", [indirect("yes", "said", "Most Democrats"), indirect("she does not", "say", "55 percent of all voters")]],
  ["a short answer closing the sentence", "Asked if he was ever bullied, the candidate said yes.", [indirect("if he was ever bullied", "Asked", null), indirect("yes", "said", "the candidate")]],
  ["`said so`", "He said so.", [indirect("so", "said", "He")]],
  ["a participle opened by `After`", "After saying he was nervous, the man stood up.", [indirect("he was nervous", "saying", "the man")]],
  ["a participle after the noun that speaks", "Police received calls saying shots had been fired.", [indirect("shots had been fired", "saying", "calls")]],
  ["a participle whose object is what was said", "He thanked the crowd, recalling a visit to the city in 1998.", [indirect("a visit to the city in 1998", "recalling", "He")]],
  ["a participle opening the sentence: the main clause's subject speaks", "Noting that only one senator voted with them, Tester added a warning.", [indirect("only one senator voted with them", "Noting", "Tester")]],
  ["... and may report again", "Noting that only Kirk voted with them, Tester added that the vote was close.", [indirect("only Kirk voted with them", "Noting", "Tester"), indirect("the vote was close", "added", "Tester")]],
  ["X called for ...", "The senator called for a ban on assault weapons.", [indirect("a ban on assault weapons", "called", "The senator")]],
  ["X called on Y to ...", "Clinton called on Sanders to release his tax returns.", [indirect("Sanders to release his tax returns", "called", "Clinton")]],
  ["the subject after a subordinator in the same stretch", "The album leaked just as the band said the tour would go on.", [indirect("the tour would go on", "said", "the band")]],
  ["an infinitive after the cue is what was said, and no adjunct of a trailing attribution", "The plan had failed, the senator vowed to fix it within a month.", [indirect("to fix it within a month", "vowed", "the senator")]],
  ["X promised <day> to ...", "Sanders promised Monday to begin executive action on immigration.", [indirect("to begin executive action on immigration", "promised", "Sanders")]],
  ["a subject with its relative clause", "The state officials whose laws have been struck down say the courts have changed.", [indirect("the courts have changed", "say", "The state officials")]],
  ["a name after `with`, an object ending at a participle", "The two were friendly, with Cruz repeatedly calling Trump his friend, meeting with him in July.", [indirect("Trump his friend", "calling", "Cruz")]],
  ["how it was said after the attribution", "He could not find a single taker, he said, on condition of anonymity to speak freely.", [indirect("He could not find a single taker", "said", "he")]],
  ["`those surveyed`", "Thirty-one percent of those surveyed say they would be satisfied.", [indirect("they would be satisfied", "say", "Thirty-one percent of those")]],
  ["a short answer of a subject and its auxiliary", "Can she stay? They said she could.", [indirect("she could", "said", "They")]],
  ["`and suggested`: the sentence's subject speaks", "Clinton invoked Obama and suggested that the attacks were aimed at him.", [indirect("the attacks were aimed at him", "suggested", "Clinton")]],
  ["a participle after a comma is the writer's", "Sanders told the AP that he would not seek a recount, conceding the race to Clinton.", [indirect("he would not seek a recount", "told", "Sanders")]],
  ["the speaker's act after a comma", "Packer said the focus on Trump is taking a toll, pointing to Cruz's victories in Texas.", [indirect("the focus on Trump is taking a toll", "said", "Packer")]],
  ["a participle set between commas stays in the clause", "The mayor said the city, citing a long siege, would hold out until spring.", [indirect("the city, citing a long siege, would hold out until spring", "said", "The mayor")]],
  ["a participle of the reported event stays in the clause", "Prosecutors said the two men had been the link, using forged papers to move containers.", [indirect("the two men had been the link, using forged papers to move containers", "said", "Prosecutors")]],
  ["`including` goes on with what was said", "The company says that in 2012 it paid $3.2 billion in taxes, including in the United States.", [indirect("in 2012 it paid $3.2 billion in taxes, including in the United States", "says", "The company")]],
  ["a paragraph ending in a colon is no headline", "Ferguson had two murders in 2014, according to the FBI data.\nLocal politicians also fired back, including Rep. Lacy Clay (D-Mo.):", [indirect("Ferguson had two murders in 2014", "according to", "the FBI data")]],
  ["`said little` is no statement: the attribution after it is", "He returned on Wednesday for a caucus lunch and said little, according to an attendee.", [indirect("He returned on Wednesday for a caucus lunch and said little", "according to", "an attendee")]],
  ["a source goes on past a comma with `including`", "Kasich has the best odds of beating Clinton, according to three polls, including one from Monmouth University released Thursday.", [indirect("Kasich has the best odds of beating Clinton", "according to", "three polls")]],
  ["`, saying` before coordinated subjects", "Several Democrats cautioned against drawing lessons from the vote, saying mass immigration and economic malaise were bigger problems.", [indirect("mass immigration and economic malaise were bigger problems", "saying", "Several Democrats")]],
  ["`and has said`: past the auxiliary to the sentence's subject", "Trump opposes abortion and has said that he would nominate conservative justices.", [indirect("he would nominate conservative justices", "said", "Trump")]],
  ["`and announced` before a clause", "The campaign launched an ad buy on Tuesday and announced it would seek a recanvass in Kentucky.", [indirect("it would seek a recanvass in Kentucky", "announced", "The campaign")]],
  ["`said for weeks` is a time before the clause", "Cruz has said for weeks he is the only candidate who can beat Trump.", [indirect("he is the only candidate who can beat Trump", "said", "Cruz")]],
  ["a subject with its relative clause before `, saying`", "Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on the right to bear arms.", [indirect("they infringe on the right to bear arms", "saying", "Republicans")]],
  ["a title and a name, then its description", "Former House speaker Newt Gingrich, a Trump ally, said in an interview that the mogul should ignore the critics.", [indirect("the mogul should ignore the critics", "said", "Former House speaker Newt Gingrich")]],
  ["a subject before a bracketed aside", "But Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says he was unfocused after being elected.", [indirect("he was unfocused after being elected", "says", "Sen. Chris Murphy")]],
  ["a time after the subject is not part of it", "A news report published Wednesday said the deal was off.", [indirect("the deal was off", "said", "A news report")]],
  ["a time with its preposition after the subject", "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.", [indirect("the party was not in a crisis", "said", "RNC spokesman Sean Spicer")]],
  ["`but on Tuesday wrote`: the sentence's subject past the conjunction and a time", "The columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed with him.", [indirect("she agreed with him", "wrote", "The columnist Ruth Marcus")]],
  ["the subject after an opening `Once` clause", "Once he was president, Mr. Obama made peace a priority, announcing the appointment of George Mitchell as envoy.", [indirect("the appointment of George Mitchell as envoy", "announcing", "Mr. Obama")]],
  ["`, then says`: the sentence's subject, not the nearest noun", "Kasich jokingly offered the man a job as Secretary of Defense, then says he will welcome advice.", [indirect("he will welcome advice", "says", "Kasich")]],
  ["party and state after a name", "Sen. Mark Kirk, R-Ill., said he lacks the temperament to be president.", [indirect("he lacks the temperament to be president", "said", "Sen. Mark Kirk")]],
  ["what something was called: a noun phrase and an adjective", "He called the actions lawful, and said there was no attempt to hide them.", [indirect("the actions lawful", "called", "He"), indirect("there was no attempt to hide them", "said", "He")]],
  ["what something was called: a second noun phrase", "Obama called the shooting an act of terror.", [indirect("the shooting an act of terror", "called", "Obama")]],
  ["a request: `asking X to ...`", "Goodlatte sent the referral to the attorney, asking him to probe claims Clinton made.", [indirect("him to probe claims Clinton made", "asking", "Goodlatte")]],
  ["a request in a subordinate clause", "When he asked supporters to run for office, many agreed.", [indirect("supporters to run for office", "asked", "he")]],
  ["a cue in -s tagged as a noun before `that`", "Viguerie notes that Reagan Democrats can play a key role in a Republican victory.", [indirect("Reagan Democrats can play a key role in a Republican victory", "notes", "Viguerie")]],
  ["`promised` a clause", "Clinton promised her entire infrastructure program would be paid for through tax reform.", [indirect("her entire infrastructure program would be paid for through tax reform", "promised", "Clinton")]],
  ["`here` after the subject", "Indeed, officials here say there is a direct link to the attacks.", [indirect("there is a direct link to the attacks", "say", "officials")]],
  ["a subject with a participle after its noun", "On Friday, families of those affected by mass shootings urged the senator to apologize for his comments.", [indirect("the senator to apologize for his comments", "urged", "families of those affected by mass shootings")]],
  ["the speaker's next act after the cue's adjuncts", "Trump’s remarks are sickening, Hollande said Tuesday in Paris, noting the nominee “makes you want to retch.”", [indirect("Trump’s remarks are sickening", "said", "Hollande"), indirect("the nominee “makes you want to retch.”", "noting", "Hollande"), partial("makes you want to retch.", "noting", "Hollande")]],
  ["`, saying` after a subject behind an opening adjunct", "Amid calls to name them, The Blaze’s Matt Walsh provided a justification for a blacklist, saying it is necessary to remember their names.", [indirect("it is necessary to remember their names", "saying", "The Blaze’s Matt Walsh")]],
  ["a semicolon closes the statement", "The report said the country has more billionaires; a rival count gives 585.", [indirect("the country has more billionaires", "said", "The report")]],
  ["a focusing adverb before the subject", "Still, even Mr. Slinker says there is good reason for the lack of enthusiasm.", [indirect("there is good reason for the lack of enthusiasm", "says", "Mr. Slinker")]],
  ["`another` alone as the subject", "One firm says there are 2,400 billionaires, while another says there are about 1,800.", [indirect("there are 2,400 billionaires", "says", "One firm"), indirect("there are about 1,800", "says", "another")]],
  ["a surname in -s after a title", "Ms. Shanklin-Hawkins says the nation's leaders have simply lost respect for people.", [indirect("the nation's leaders have simply lost respect for people", "says", "Ms. Shanklin-Hawkins")]],
  ["a focusing adverb after a subordinator", "While only 7 percent said they are undecided, 27 percent said they could change their mind.", [indirect("they are undecided", "said", "7 percent"), indirect("they could change their mind", "said", "27 percent")]],
  ["a floating quantifier before the cue", "Trump and Sanders have both argued that workers lost their jobs.", [indirect("workers lost their jobs", "argued", "Trump and Sanders")]],
  ["the quantifier as the subject itself", "Both said they would vote in November.", [indirect("they would vote in November", "said", "Both")]],
  ["`has since said`", "Cruz has since said he now believes the system needs reform.", [indirect("he now believes the system needs reform", "said", "Cruz")]],
  ["a subject of two noun phrases", "But attorneys and legal experts said the charge would not stand.", [indirect("the charge would not stand", "said", "attorneys and legal experts")]],
  ["an aside between spaced hyphens before the subject", "Inside the mosque - which looks like a church - Adel Nefzi said he was collecting money.", [indirect("he was collecting money", "said", "Adel Nefzi")]],
  ["an aside of comparison after the subject", "Yet economists, like their rivals, say taxing consumption encourages savings.", [indirect("taxing consumption encourages savings", "say", "economists")]],
  ["X called <day> for ...", "Trump called Wednesday for the justice to resign.", [indirect("the justice to resign", "called", "Trump")]],
  ["X called out Y for ...", "Graham called out his rival for alienating voters.", [indirect("his rival for alienating voters", "called", "Graham")]],
  ["X called to ...: a request", "Trump called to ban visitors from the region.", [indirect("to ban visitors from the region", "called", "Trump")]],
  ["X calls a named place Y", "Lynch calls North Carolina her home state.", [indirect("North Carolina her home state", "calls", "Lynch")]],
  ["X is calling for ...", "Clinton is calling for the United States to step up its efforts.", [indirect("the United States to step up its efforts", "calling", "Clinton")]],
  ["... and called on X to ...: the sentence's subject acts again", "Clinton released her tax returns and called on Sanders to do the same.", [indirect("Sanders to do the same", "called", "Clinton")]],
  ["X called him Y", "Sanders called him divisive.", [indirect("him divisive", "called", "Sanders")]],
  ["X called Y “Z”: the object and what it was called", "Graham called both Trump and Clinton “crazy” and said the party would lose.", [indirect("both Trump and Clinton “crazy”", "called", "Graham"), indirect("the party would lose", "said", "Graham")]],
  ["X called Y “Z”, then acted", "She called the plan “reckless” and left the room.", [indirect("the plan “reckless”", "called", "She")]],
  ["X called Y a “Z”", 'The army called the operation a "final assault" on the town.', [indirect('the operation a "final assault" on the town', "called", "The army")]],
  ["X called the Y “Z”", "Senator Cruz called the group “abhorrent.”", [indirect("the group “abhorrent.”", "called", "Senator Cruz")]],
  ["the object ends where the speaker's next act begins", "The senator called him divisive and accused him of splitting the country.", [indirect("him divisive", "called", "The senator")]],
  ["a participle's object ends before `and` and the next participle", "He opened the rally with harsh words, calling them cowards and vowing to fight on.", [indirect("them cowards", "calling", "He")]],
  ["X called it a “...”", "Critics called it a “disaster.”", [indirect("it a “disaster.”", "called", "Critics")]],
  ["X urged Y to ...", "She urged the administration to join the coalition.", [indirect("the administration to join the coalition", "urged", "She")]],
  ["X described Y as ...", "Sexton described the rally-goers as shocked by the protesters.", [indirect("the rally-goers as shocked by the protesters", "described", "Sexton")]],
  ["X promised to ...", "She promised to stay out of it in the future.", [indirect("to stay out of it in the future", "promised", "She")]],
  ["`according to X` between commas before the clause", "In addition, according to the department, nearly nine million workers will be protected.", [indirect("nearly nine million workers will be protected", "according to", "the department")]],
  ["`according to X` before a bracket", "Sanders won 54 percent of union households, according to exit polls (a sizable margin).", [indirect("Sanders won 54 percent of union households", "according to", "exit polls")]],
  ["a cue that is also a noun, read as a verb", "The Turkish government claims the cleric runs a worldwide network.", [indirect("the cleric runs a worldwide network", "claims", "The Turkish government")]],
  ["a relative report set between commas", "The changes, which officials said will take effect soon, will not apply to everyone.", [indirect("which officials said will take effect soon", "said", "officials")]],
  ["a relative clause inside the reported clause", "He said that Mrs. Clinton, who has had a similar emphasis, did better among black voters.", [indirect("Mrs. Clinton, who has had a similar emphasis, did better among black voters", "said", "He")]],
  ["a long aside between dashes inside the clause", "Critics say Obama's strategy -- airstrikes against Islamic State positions in Iraq and Syria and training local ground forces -- is inadequate.", [indirect("Obama's strategy -- airstrikes against Islamic State positions in Iraq and Syria and training local ground forces -- is inadequate", "say", "Critics")]],
  ["an aside between dashes inside the clause", "Officials said they found those old - and previously unreported - postings last week.", [indirect("they found those old - and previously unreported - postings last week", "said", "Officials")]],
  ["`, who said` after a description", "The last question came from a young child, who said he had driven six hours.", [indirect("he had driven six hours", "said", "who")]],
  ["a one-word subject tagged as an adverb", "Jolly said he would be cautious with federal spending.", [indirect("he would be cautious with federal spending", "said", "Jolly")]],
  ["`about` before a number opens no topic", "The budget office said about half of the adjustment reflected revenue losses.", [indirect("about half of the adjustment reflected revenue losses", "said", "The budget office")]],
  ["a poll's subject with a modifier after it", "Some 56 percent of Cuban-Americans polled said they were less likely to vote.", [indirect("they were less likely to vote", "said", "Some 56 percent of Cuban-Americans")]],
  ["`what X calls ...`: a name in a relative clause", "He opposes what he calls corruption in politics.", [indirect("what he calls corruption in politics", "calls", "he")]],
  ["the clause ends before `, compared with`", "Most voters said they liked him, compared with a third last year.", [indirect("they liked him", "said", "Most voters")]],
  ["`But according to X, ...`", "But according to reports in the news media, he could not convince the family.", [indirect("he could not convince the family", "according to", "reports in the news media")]],
  ["an abbreviation before a comma ends no sentence", "The firm was formed in Palm Beach Gardens, Fla., in 2012, according to state records.", [indirect("The firm was formed in Palm Beach Gardens, Fla., in 2012", "according to", "state records")]],
  ["the clause ends before `and` a next speech act", "Trump said he respects Clinton and calls her a very smart woman.", [indirect("he respects Clinton", "said", "Trump"), indirect("her a very smart woman", "calls", "Trump")]],
  ["a report inside a relative clause", "The state passed a law, which critics said was discriminatory against students.", [indirect("which critics said was discriminatory against students", "said", "critics")]],
  [
    "an attribution between commas inside its statement",
    "Many of the closures, he said, have involved public courses.",
    [{ kind: "indirect", text: "Many of the closures, he said, have involved public courses", cue: "said", speaker: "he", fragments: ["Many of the closures", "have involved public courses"] }],
  ],
  [
    "`according to` a long source",
    "Clinton led in both states, according to early results of the exit poll conducted by Edison Research for the networks.",
    [indirect("Clinton led in both states", "according to", "early results of the exit poll conducted by Edison Research for the networks")],
  ],
  ["`according to` with no comma before it", "Clinton leads Sanders by 271 pledged delegates according to a count by the agency.", [indirect("Clinton leads Sanders by 271 pledged delegates", "according to", "a count by the agency")]],
  ["the speaker's next act ends the clause", "Paul said the plan would cost billions, and called him a fraud.", [indirect("the plan would cost billions", "said", "Paul"), indirect("him a fraud", "called", "Paul")]],
  ["`to say` after the verb it completes", "The senator went on to say that the plan would fail.", [indirect("the plan would fail", "say", "The senator")]],
  ["`more likely to say`: the subject of `are` speaks", "Younger voters are more likely to say they trust the system.", [indirect("they trust the system", "say", "Younger voters")]],
  ["`has since said`", "The mayor has since said the road will reopen in May.", [indirect("the road will reopen in May", "said", "The mayor")]],
  [
    "`according to X` set inside the statement, before its verb",
    "Among the rulings at risk, according to the study, are three cases on taxes.",
    [{ kind: "indirect", text: "Among the rulings at risk, according to the study, are three cases on taxes", cue: "according to", speaker: "the study", fragments: ["Among the rulings at risk", "are three cases on taxes"] }],
  ],
  ["an appositive after the source is no clause", "Turnout rose sharply this year, according to CrowdTangle, a tool that tracks elections.", [indirect("Turnout rose sharply this year", "according to", "CrowdTangle")]],
  [
    "the clause ends before `, but` and the writer's own clause",
    "The chairman said the company would hold a vote, but the board is unlikely to approve the deal.",
    [indirect("the company would hold a vote", "said", "The chairman")],
  ],
  [
    "`, but that ...` is still what was said",
    "The chairman said the company would hold a vote, but that the board could still reject it.",
    [indirect("the company would hold a vote, but that the board could still reject it", "said", "The chairman")],
  ],
];

describe("extract/quotes", () => {
  it.each(ROWS)("%s", (_label, text, expected) => {
    expect(quotesOf(text).map(seen)).toEqual(expected);
  });

  it.each(ROWS)("offsets slice to their text: %s", (_label, text) => {
    const spans = quotesOf(text).flatMap((q) => [q, ...q.fragments, ...(q.cue ? [q.cue] : []), ...(q.speaker?.mention ? [q.speaker.mention] : [])]);
    expect(spans.filter((s) => text.slice(s.start, s.end) !== s.text)).toEqual([]);
  });

  it.each(ROWS)("a rule's source tag and no linked entity at extraction: %s", (_label, text) => {
    const quotes = quotesOf(text);
    expect(quotes.filter((q) => !/^extract\/quotes:[a-z-]+$/.test(q.source) || q.speaker?.entity != null)).toEqual([]);
  });
});

describe("extract/quotes: a last line without a full stop (a caption, a credit) is no headline for the lines above", () => {
  it.each<[string, Seen[]]>([
    ["Officials said 40 people died.\nPhoto: Reuters", [indirect("40 people died", "said", "Officials")]],
    ['"We will rebuild," the mayor said.\nReporting by Jane Doe', [direct("We will rebuild", "said", "the mayor")]],
    ["Officials said 40 people died.\n\nPhoto: Reuters", [indirect("40 people died", "said", "Officials")]],
    // a paragraph none of whose lines ends like a sentence is still a headline
    ["Officials Say 40 People Died\nIn Flooded Valley", []],
  ])("%j", (text, expected) => {
    expect(quotesOf(text).map(seen)).toEqual(expected);
  });
});

describe("extract/quotes: each rule tags its quotes with its own source", () => {
  it.each<[string, string, Array<[QuoteDraft["kind"], string]>]>([
    ["a quotation with its attribution", '"We are ready for the battle," the commander said.', [["direct", "direct"]]],
    [
      "a quoted fragment in a reported clause",
      "The spokeswoman said it would announce the liberation “in the coming few days” as the campaign went on.",
      [["indirect", "reported"], ["partial", "partial"]],
    ],
    ["a clause after its cue", "The minister said that the talks had failed.", [["indirect", "reported"]]],
    ["a clause before its attribution", "The talks had failed, the minister said.", [["indirect", "reported-trailing"]]],
    ["an attribution inside its clause", "Many of the closures, he said, have involved public courses.", [["indirect", "reported-interrupted"]]],
    ["a relative clause", "They passed a law, which critics said was discriminatory against the poor.", [["indirect", "reported-relative"]]],
    ["a question", "He asked workers if they planned to attend the rally.", [["indirect", "asked"]]],
    ["a participle clause", "The minister spoke on Monday, saying the positives would outweigh the losses.", [["indirect", "participle"]]],
    ["a cue and its object", "Trump called for a ban on all travel from the region.", [["indirect", "object"]]],
    ["according to", "According to the ministry, the talks had failed.", [["indirect", "according-to"]]],
    [
      "the statement around a partial quote",
      "Mr. Cruz pledged to oppose legal status for undocumented immigrants “today, tomorrow, forever.”",
      [["indirect", "around-partial"], ["partial", "partial"]],
    ],
    // the quotation found as a partial quote is the whole reported clause: one direct quote
    ["a clause quoted whole", "Cruz says that “when you live by the pen, you die by the pen.”", [["direct", "partial"]]],
    // the quotation has no attribution: it carries on the speaker of the statement before it, and keeps its own rule
    [
      "a speaker carried on",
      "Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want.”",
      [["indirect", "reported-trailing"], ["direct", "direct"]],
    ],
  ])("%s", (_label, text, expected) => {
    expect(quotesOf(text).map((q) => [q.kind, q.source])).toEqual(expected.map(([kind, rule]) => [kind, `extract/quotes:${rule}`]));
  });
});

describe("extract/quotes: the speaker's name", () => {
  it.each([
    ["Sen. Rand Paul (R-Ky.) said the tax plan would give money away.", "Sen. Rand Paul"],
    ["“Our rivals are weak,” said Stephen Vladeck of the University of Texas.", "Stephen Vladeck"],
    ["“It is over,” wrote Ben Jacobs in The Guardian.", "Ben Jacobs"],
    ["“The economy is strong,” said Bank of America.", "Bank of America"],
  ])("%s", (text, name) => {
    expect(quotesOf(text).map((q) => q.speaker?.name)).toEqual([name]);
  });
});

const SEED = sharedPath("seed", "raqqa-2017-10-08.txt");

describe.skipIf(sharedAbsent)("extract/quotes on the seed article", () => {
  it("finds the direct quote, the partial quote and six reported statements, in text order", () => {
    expect(quotesOf(readFileSync(SEED, "utf8")).map(seen)).toEqual([
      // the speaker is `a field commander for the U.S.-backed forces operating there`; the extractor
      // stops before `there`, so only the head of the phrase is checked
      indirect("A final assault on Islamic State terror group’s last line of defense in its former Syrian capital Raqqa should begin on Sunday night", "said", expect.stringMatching(/^a field commander for the U\.S\.-backed forces/)),
      indirect("The assault on terrorists in the center of Raqqa will focus on the area around the stadium and would attempt to surround it", "told", "Ardal Raqqa"),
      indirect("they had encircled Islamic State terrorists in the city of al-Mayadin, one of the terrorists’ last strongholds in the area", "said", "a Syrian military source"),
      direct("Units of our armed forces with the allied forces continue their advance on a number of fronts and axes in Deir al-Zor and its countryside… and encircle Daesh terrorists in the city of al-Mayadin", "said", "the military source"),
      indirect("Islamic State had relocated some of its diminished command and propaganda structures to al-Mayadin as it was forced from territory elsewhere", "said", "U.S. officials"),
      indirect("it would announce the liberation of Raqqa “in the coming few days” after having captured 85 percent of the city", "said", "Jihan Sheikh Ahmad"),
      partial("in the coming few days", "said", "Jihan Sheikh Ahmad"),
      indirect("Islamic State fighters have taken civilian hostages and are using sniper fire, booby traps and tunnels to slow the SDF advance", "said", "Commanders directing the battle in Raqqa"),
    ]);
  });
});
