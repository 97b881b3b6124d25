// Draft -> Result: ids in order of first mention, speakers pointed at actor ids, everything sorted by offset.
import type { Actor, Place, Result } from "../schema.js";
import type { Doc, Draft, Entity, EntityMention } from "./types.js";

const byOffset = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;

export function assemble(draft: Draft, doc: Doc): Result {
  const order = draft.entities
    .map((entity, index) => ({ entity, index, first: Math.min(...entity.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  const actors: Actor[] = [];
  const places: Place[] = [];
  const actorIds = new Map<number, string>();
  for (const { entity, index } of order) {
    if (entity.kind === "actor") {
      const id = `a${actors.length + 1}`;
      actorIds.set(index, id);
      actors.push(toActor(entity, id));
    } else {
      places.push(toPlace(entity, `p${places.length + 1}`));
    }
  }
  return {
    id: doc.id,
    meta: { date: doc.date, title: doc.title, url: doc.url, dateline: doc.dateline, credits: [...draft.credits].sort(byOffset) },
    actors,
    places,
    dates: [...draft.dates].sort(byOffset),
    quotes: draft.quotes
      .map(({ speaker, ...quote }) => ({
        ...quote,
        speaker: speaker && {
          name: speaker.name,
          actorId: speaker.entity === null ? null : (actorIds.get(speaker.entity) ?? null),
          mention: speaker.mention,
        },
      }))
      .sort(byOffset),
    figures: [...draft.figures].sort(byOffset),
  };
}

const mention = ({ start, end, text, source }: EntityMention) => ({ start, end, text, source });

function toActor(entity: Entity, id: string): Actor {
  return {
    id,
    name: entity.name,
    type: entity.type === "organization" ? "organization" : "person",
    subtype: entity.subtype,
    aliases: entity.aliases,
    roles: entity.roles,
    mentions: [...entity.mentions].sort(byOffset).map(mention),
  };
}

function toPlace(entity: Entity, id: string): Place {
  return {
    id,
    name: entity.name,
    type: entity.type === "person" || entity.type === "organization" ? "other" : entity.type,
    country: entity.country,
    coordinates: entity.coordinates,
    aliases: entity.aliases,
    mentions: [...entity.mentions].sort(byOffset).map(mention),
  };
}
