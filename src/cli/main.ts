import { parseArgs } from "node:util";
import { type Command, InputError, UsageError } from "./command";
import { commands } from "./commands/index";
import { escapeTerminalControls } from "./terminal-text";

const HELP = (list: Command[]) =>
  [
    "faultline: a typed, sourced knowledge graph of actors and alliances.",
    "",
    "Usage: faultline <command> [options]",
    "",
    "Commands:",
    ...list.map((c) => `  ${c.name.padEnd(16)}${c.summary}`),
    "",
    "Run `faultline <command> --help` for a command's options.",
    "Exit codes: 0 success, 1 invalid input, 2 wrong usage.",
  ].join("\n");

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(
  argv: string[],
  io: { stdout: (t: string) => void; stderr: (t: string) => void } = {
    stdout: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    stderr: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  },
): Promise<number> {
  // Output echoes labels, file names and values from the input: never let them drive the terminal.
  // Our writers already escape such characters inside JSON strings and GEXF (as \u / &#x; forms),
  // so this changes no data; it catches human-readable text.
  const raw = io;
  io = {
    stdout: (text: string) => raw.stdout(escapeTerminalControls(text)),
    stderr: (text: string) => raw.stderr(escapeTerminalControls(text)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(HELP(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`faultline: unknown command "${name}"\n\n${HELP(commands)}`);
    return 2;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(command.usage);
      return 0;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values, ...io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`faultline ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`faultline ${command.name}: ${error.message}`);
      return 1;
    }
    // Anything else is a bug or an unreadable input we did not foresee: say what, not a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`faultline ${command.name}: ${message}`);
    if (process.env.FAULTLINE_DEBUG) io.stderr(String((error as Error)?.stack));
    return 1;
  }
}

// Run when executed directly (tsx src/cli/main.ts or src/cli/faultline.mjs), not when imported by tests.
const invokedPath = process.argv[1] ?? "";
if (/(?:cli[\\/]main\.ts|faultline(?:\.mjs)?)$/.test(invokedPath)) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
