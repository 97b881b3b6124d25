// Where article bytes come from: a file path, or stdin for `-`.
import { readFile } from "node:fs/promises";
import { inputError } from "../errors.js";

export async function readBytes(path: string, stdin: AsyncIterable<Uint8Array> = process.stdin): Promise<Uint8Array> {
  if (path === "-") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw inputError("not_found", `${path}: no such file; check the path`);
    if (code === "EISDIR") throw inputError("unreadable", `${path}: is a directory; use 'newsparse batch ${path}' for a folder of articles`);
    throw inputError("unreadable", `${path}: cannot be read (${code ?? "unknown error"})`);
  }
}
