import type { Command } from "../command";
import { actorCommand } from "./actor";
import { backersCommand } from "./backers";
import { campsCommand } from "./camps";
import { contradictionsCommand } from "./contradictions";
import { exportCommand } from "./export";
import { importCommand } from "./import";
import { ingestCommand } from "./ingest";
import { pathsCommand } from "./paths";
import { rankCommand } from "./rank";
import { statsCommand } from "./stats";
import { validateCommand } from "./validate";

/** Every `faultline` command, in the order `--help` lists them. Add a command by adding its module here. */
export const commands: Command[] = [
  validateCommand,
  statsCommand,
  actorCommand,
  backersCommand,
  pathsCommand,
  campsCommand,
  contradictionsCommand,
  rankCommand,
  exportCommand,
  importCommand,
  ingestCommand,
];
