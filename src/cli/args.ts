/** Command-line flags, parsed with Node's own parseArgs. */
import { parseArgs, type ParseArgsConfig } from "node:util";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parse argv for one command; unknown flags are errors that name the flag. */
export function parse<O extends Options>(argv: string[], options: O) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}
