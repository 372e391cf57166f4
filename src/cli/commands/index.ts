import type { Command } from "../command";
import { statsCommand } from "./stats";
import { validateCommand } from "./validate";

/** Every `faultline` command, in the order `--help` lists them. Add a command by adding its module here. */
export const commands: Command[] = [validateCommand, statsCommand];
