import type { ParseArgsConfig } from "node:util";

/** Wrong usage (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {}

/** Bad input (invalid dataset, unknown actor, unreadable file): exit code 1. The message is shown as is. */
export class InputError extends Error {}

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  name: string;
  /** One line for `faultline --help`. */
  summary: string;
  /** The full `--help` text of the command. */
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Returns the exit code (0 success, 1 invalid input); throws UsageError / InputError. */
  run(ctx: CommandContext): Promise<number>;
}
