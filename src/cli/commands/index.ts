/** Every `p10` sub-command, in the order `p10 --help` lists them. */
import type { Command } from "../command.js";
import { frameworksCommand } from "./frameworks.js";

export const COMMANDS: readonly Command[] = [frameworksCommand];
