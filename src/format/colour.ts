// chalk 5 reads FORCE_COLOR but not NO_COLOR: decide the level here, once.
import { Chalk, type ChalkInstance } from "chalk";

export function colourFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return new Chalk({ level: 0 });
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    const level = forced === "" || forced === "true" ? 1 : Math.min(3, Number.parseInt(forced, 10) || 0);
    return new Chalk({ level: level as 0 | 1 | 2 | 3 });
  }
  return new Chalk({ level: stream.isTTY ? 2 : 0 });
}
