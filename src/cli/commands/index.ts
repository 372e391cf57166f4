import type { Command } from "../command";

/** Every `faultline` command, in the order `--help` lists them. Add a command by adding its module here. */
export const commands: Command[] = [];
