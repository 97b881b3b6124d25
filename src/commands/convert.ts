// `newsparse convert --from FORMAT PATH...`: real annotation formats -> native gold documents.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { convertBratDocument } from "../convert/brat.js";
import { convertConll } from "../convert/conll.js";
import { convertMeasevalDocument } from "../convert/measeval.js";
import { readSource } from "../convert/source.js";
import { refuseOversizeText } from "../io/input.js";
import { convertTimeml } from "../convert/timeml.js";
import { inputError, usageError } from "../errors.js";
import { plural } from "../plural.js";
import { GoldDocumentSchema, type GoldDocument } from "../schema.js";

export const CONVERT_FORMATS = ["conll", "timeml", "brat-attribution", "measeval"] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertResult {
  documents: GoldDocument[];
  /** What a user should know about choices made on the way (several annotators, skipped files). */
  notes: string[];
}

const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

function filesIn(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function mustExist(path: string): void {
  if (!existsSync(path)) throw inputError("not_found", `${path}: no such file or folder`);
}

function conll(path: string): ConvertResult {
  const files = isDir(path) ? filesIn(path, /\.(txt|conll)$/) : [path];
  return { documents: files.flatMap((f) => convertConll(readSource(f), f)), notes: [] };
}

function timeml(path: string): ConvertResult {
  const files = isDir(path) ? filesIn(path, /\.tml$/) : [path];
  return { documents: files.map((f) => convertTimeml(readSource(f), f)), notes: [] };
}

/** PolNeAR's metadata.tsv (in the folder or beside it) gives publication dates. */
function publicationDates(dir: string): Map<string, string> {
  const file = [join(dir, "metadata.tsv"), join(dirname(dir), "metadata.tsv")].find(existsSync);
  const dates = new Map<string, string>();
  if (!file) return dates;
  const [header, ...rows] = readSource(file).split(/\r?\n/);
  const cols = header!.split("\t");
  const name = cols.indexOf("filename");
  const date = cols.indexOf("publication_date");
  for (const row of rows) {
    const cells = row.split("\t");
    if (cells[name] && /^\d{4}-\d{2}-\d{2}$/.test(cells[date] ?? "")) dates.set(cells[name]!, cells[date]!);
  }
  return dates;
}

function brat(dir: string): ConvertResult {
  const textDir = join(dir, "text");
  const annDir = join(dir, "attributions");
  if (!isDir(textDir) || !isDir(annDir)) throw usageError(`${dir}: a brat-attribution folder holds text/ and attributions/`);
  const dates = publicationDates(dir);
  const anns = readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort();
  const documents: GoldDocument[] = [];
  let several = 0;
  for (const txt of readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort()) {
    const id = txt.replace(/\.txt$/, "");
    const mine = anns.filter((a) => a.startsWith(`${id}_`) && /^_[^_]+\.ann$/.test(a.slice(id.length)));
    if (mine.length === 0) continue;
    if (mine.length > 1) several++;
    const annFile = join(annDir, mine[0]!);
    documents.push(convertBratDocument(id, readSource(join(textDir, txt)), { content: readSource(annFile), file: annFile }, dates.get(id) ?? null));
  }
  const notes = several > 0 ? [`${several} of ${plural(documents.length, "document")} ${several === 1 ? "has" : "have"} several annotators' files; took the first in name order`] : [];
  return { documents, notes };
}

function measeval(dir: string): ConvertResult {
  const textDir = [join(dir, "text"), join(dir, "txt")].find(isDir);
  const tsvDir = join(dir, "tsv");
  if (!textDir || !isDir(tsvDir)) throw usageError(`${dir}: a MeasEval folder holds text/ (or txt/) and tsv/`);
  const documents = readdirSync(tsvDir)
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .flatMap((tsv) => {
      const id = basename(tsv, ".tsv");
      const txt = join(textDir, `${id}.txt`);
      const tsvFile = join(tsvDir, tsv);
      return existsSync(txt) ? [convertMeasevalDocument(id, readSource(txt), readSource(tsvFile), tsvFile)] : [];
    });
  return { documents, notes: [] };
}

const CONVERTERS: Record<ConvertFormat, (path: string) => ConvertResult> = { conll, timeml, "brat-attribution": brat, measeval };

export function convertCommand(options: { from: ConvertFormat; paths: string[]; maxBytes?: number }): ConvertResult {
  const results = options.paths.map((path) => {
    mustExist(path);
    return CONVERTERS[options.from](path);
  });
  const documents = results.flatMap((r) => r.documents).map((d) => GoldDocumentSchema.parse(d));
  // each document's text is an article that eval will parse: the same limit as every command's
  for (const d of documents) refuseOversizeText(d.text ?? "", `document ${d.id}`, options.maxBytes);
  return { documents, notes: results.flatMap((r) => r.notes) };
}
