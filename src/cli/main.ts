/** The bantin command line: a small registry of commands, each in its own file. */

type Command = { usage: string; run(argv: string[]): Promise<number> };

/** Each command is loaded only when it is called, so `bantin check` never loads Eleventy. */
const COMMANDS = {
  new: () => import("./new.ts"),
  check: () => import("./check.ts"),
  build: () => import("./build.ts"),
  serve: () => import("./serve.ts"),
  import: () => import("./import.ts"),
  extract: () => import("./extract.ts"),
};

/** One line per command for `bantin --help`. */
const SUMMARY: Record<keyof typeof COMMANDS, string> = {
  new: 'bantin new "Tiêu đề" --category <slug>   tạo bài mới (bản nháp)',
  check: "bantin check                            kiểm tra toàn bộ nội dung, không xây dựng trang",
  build: "bantin build [--now ISO] [--out _site]  xây dựng trang để xuất bản",
  serve: "bantin serve [--port 8080]              máy chủ thử trên 127.0.0.1, hiện bản nháp",
  import: "bantin import SRC... [--out content/]   nhập bài từ cổng thông tin cũ (.txt)",
  extract: "bantin extract FILE [--explain]         in siêu dữ liệu trích xuất của một bài (JSON)",
};

function help(): string {
  return ["Cách dùng:", ...Object.values(SUMMARY).map((line) => `  ${line}`)].join("\n");
}

/** Run a command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return 0;
  }
  const load = (COMMANDS as Record<string, (() => Promise<Command>) | undefined>)[name];
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
