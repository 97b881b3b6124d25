// dates: strings that must yield no date mention.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/extract/dates.js";
import { readDocument } from "../../src/read/document.js";

const NOT_DATES = [
  "Theresa May said she may resign.",
  "Many voted for May in the leadership race.",
  "The May family sold the farm.",
  "The town shrank over the years of war.",
  "At the time he was captured, the group was strong.",
  "He fought in the Six-Day War.",
  "The Hundred Years War ended long ago.",
  "Rescuers worked day and night.",
  "It was the third consecutive month of growth.",
  "Not that long ago, the town was rich.",
  "Protesters march on the capital.",
  "The Sunday Times reported the story.",
  "The army advanced after a months-long offensive.",
  "The Security Council adopted Resolution 2254.",
  "The council passed Resolution 2042.",
  "About 1500 people fled the town.",
  "Some 2000 troops crossed the border.",
  "A 30-year-old man was detained.",
  "The boy, three years old, survived.",
  "He arrived at 10 Downing Street.",
  "Three quarters of voters agreed.",
  "About 3/4 of the city was destroyed.",
  "Medics work 24/7 in the camp.",
  "He sat down and the Sun reported it.",
  "The group fired a second rocket.",
  "Leave as soon as you can.",
  "They met in Room 2017.",
  "The F-16 jets flew low.",
  "Prices fall when supply rises.",
  "The fall of Raqqa came quickly.",
  "The Arab Spring began in Tunisia.",
  "The current account deficit widened.",
  "Transfers fell by more than a quarter.",
  "The group confirmed a previously announced plan.",
  "Previously, the rebels held the town.",
  "The Christmas Island camp closed.",
  "The SEC filed suit.",
  "He sold the third of his shares.",
  "The Daily Mail ran the story.",
  'He spoke on ABC News\' "This Week" program.',
  "The company cut its dividend in half and shares fell.",
  "The partners each may vote.",
  "The future of the city is unclear.",
  "Nineteen people died in the blast.",
  "Two thousand troops crossed the border.",
  "The stock rose 2.08% on heavy volume.",
  "The rate was 6.43, the bank said.",
  "He was named Person of the Year.",
  "Good evening, and welcome.",
  "Rooms cost $40 a night.",
  "He said 'in 98 cases, no.'",
  "Call 555-1998-2000 for tickets.",
  "",
  "   \n\n  ",
];

describe("dates: negative cases", () => {
  it.each(NOT_DATES)("dates: nothing in %j", (text) => {
    expect(extractDates(readDocument(text, { date: "2017-10-08" })).dates).toEqual([]);
  });
});
