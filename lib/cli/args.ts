// Command-line options as a table: adding a flag is adding a row (the lead will add --link).

export interface CliOptions {
  jsonl: boolean;
  help: boolean;
  files: string[];
}

export interface FlagSpec {
  names: string[];
  description: string;
  apply: (options: CliOptions) => void;
}

export const FLAGS: FlagSpec[] = [
  { names: ["--jsonl"], description: "one JSON line per bounced recipient", apply: (o) => (o.jsonl = true) },
  { names: ["--help", "-h"], description: "show this help", apply: (o) => (o.help = true) },
];

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export function parseArgs(argv: string[]): ParseResult {
  const options: CliOptions = { jsonl: false, help: false, files: [] };
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      options.files.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    const flag = FLAGS.find((f) => f.names.includes(arg));
    if (!flag) return { ok: false, error: `unknown option ${arg}` };
    flag.apply(options);
  }
  return { ok: true, options };
}

export function usage(): string {
  const rows = FLAGS.map((f) => `  ${f.names.join(", ").padEnd(14)} ${f.description}`);
  return [
    "Usage: bounce-doctor [--jsonl] FILE... | -",
    "",
    "Reads bounce messages (.eml files, pasted text) from files, or from standard input with -,",
    "and names the cause of each bounced recipient.",
    "",
    "Options:",
    ...rows,
    "",
    "Exit status: 0 when every input was read, 2 on a usage or read error.",
    "",
  ].join("\n");
}
