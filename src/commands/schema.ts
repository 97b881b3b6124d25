// `newsparse schema [--gold]`: the JSON Schema of what newsparse prints, or of the gold it reads.
import { goldJsonSchema, outputJsonSchema } from "../schema.js";

export function schemaCommand(options: { gold: boolean }): unknown {
  return options.gold ? goldJsonSchema() : outputJsonSchema();
}
