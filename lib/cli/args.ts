// Command-line options as a table: adding a flag is adding a row.

export interface CliOptions {
  jsonl: boolean;
  help: boolean;
  /** Print the result link (state in the URL fragment, redacted) for each input. */
  link: boolean;
  /** Where the result links point; the web app's address. */
  origin: string;
  /** Review this sent message (or bounce carrying it) with the content filter instead. */
  content?: string;
  files: string[];
}

export const DEFAULT_ORIGIN = "http://localhost:3000";

export interface FlagSpec {
  names: string[];
  description: string;
  /** Name of the value the flag takes ("--origin URL"), when it takes one. */
  value?: string;
  apply: (options: CliOptions, value: string) => string | void;
}

export const FLAGS: FlagSpec[] = [
  {
    names: ["--jsonl"],
    description: "one JSON line per bounced recipient",
    apply: (o) => void (o.jsonl = true),
  },
  {
    names: ["--link"],
    description:
      "print the result link to share with IT (addresses masked, original message dropped)",
    apply: (o) => void (o.link = true),
  },
  {
    names: ["--origin"],
    value: "URL",
    description: `address of the Bounce Doctor web app the links open (default ${DEFAULT_ORIGIN}, or $BOUNCE_DOCTOR_ORIGIN)`,
    apply: (o, value) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return `--origin needs an http(s) URL, got "${value}"`;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:")
        return `--origin needs an http(s) URL, got "${value}"`;
      o.origin = url.origin;
    },
  },
  {
    names: ["--content"],
    value: "FILE",
    description:
      "review the content of a sent message (.eml, or a bounce that carries it) with the spam filter ($CONTENT_FILTER_URL); exit 3 when it cannot answer",
    apply: (o, value) => void (o.content = value),
  },
  { names: ["--help", "-h"], description: "show this help", apply: (o) => void (o.help = true) },
];

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string };

export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined> = {},
): ParseResult {
  const options: CliOptions = {
    jsonl: false,
    help: false,
    link: false,
    origin: env.BOUNCE_DOCTOR_ORIGIN ?? DEFAULT_ORIGIN,
    files: [],
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === "-" || !arg.startsWith("-")) {
      options.files.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    const [name, inlineValue] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const flag = FLAGS.find((f) => f.names.includes(name));
    if (!flag) return { ok: false, error: `unknown option ${name}` };
    let value = "";
    if (flag.value) {
      const next = inlineValue ?? argv[++i];
      if (next === undefined) return { ok: false, error: `${name} needs a ${flag.value}` };
      value = next;
    } else if (inlineValue !== undefined) {
      return { ok: false, error: `${name} takes no value` };
    }
    const problem = flag.apply(options, value);
    if (typeof problem === "string") return { ok: false, error: problem };
  }
  return { ok: true, options };
}

export function usage(): string {
  const rows = FLAGS.map(
    (f) => `  ${(f.names.join(", ") + (f.value ? ` ${f.value}` : "")).padEnd(14)} ${f.description}`,
  );
  return [
    "Usage: bounce-doctor [--jsonl] [--link [--origin URL]] FILE... | -",
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
