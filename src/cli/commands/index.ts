/** Every `p10` sub-command, in the order `p10 --help` lists them. */
import type { Command } from "../command.js";
import { explainCommand } from "./explain.js";
import { frameworksCommand } from "./frameworks.js";
import { scoreCommand } from "./score.js";
import { templateCommand } from "./template.js";
import { validateCommand } from "./validate.js";

export const COMMANDS: readonly Command[] = [
  scoreCommand,
  explainCommand,
  validateCommand,
  templateCommand,
  frameworksCommand,
];
