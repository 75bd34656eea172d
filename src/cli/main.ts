/** The bantin command line: a small registry of commands, each in its own file. */

type Command = { usage: string; run(argv: string[]): Promise<number> };

/** Each command is loaded only when it is called, so `bantin check` never loads Eleventy. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  new: () => import("./new.ts"),
  check: () => import("./check.ts"),
  build: () => import("./build.ts"),
  serve: () => import("./serve.ts"),
  import: () => import("./import.ts"),
  extract: () => import("./extract.ts"),
};

function help(): string {
  return ["Cách dùng:", ...Object.keys(COMMANDS).map((name) => `  bantin ${name}`)].join("\n");
}

/** Run a command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`Không có lệnh "${name}".\n${help()}`);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(rest);
  } catch (cause) {
    if ((cause as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(cause as Error).message}\nCách dùng: ${command.usage}`);
      return 2;
    }
    throw cause;
  }
}
