/** Every `p10` sub-command, in the order `p10 --help` lists them. */
import type { Command } from "../command.js";
import { agreementCommand } from "./agreement.js";
import { coherenceCommand } from "./coherence.js";
import { compareCommand } from "./compare.js";
import { explainCommand } from "./explain.js";
import { frameworksCommand } from "./frameworks.js";
import { reconcileCommand } from "./reconcile.js";
import { reportCommand } from "./report.js";
import { scoreCommand } from "./score.js";
import { templateCommand } from "./template.js";
import { uncertaintyCommand } from "./uncertainty.js";
import { validateCommand } from "./validate.js";
import { verifyCommand } from "./verify.js";
import { weightsCommand } from "./weights.js";

export const COMMANDS: readonly Command[] = [
  scoreCommand,
  compareCommand,
  explainCommand,
  reportCommand,
  uncertaintyCommand,
  coherenceCommand,
  weightsCommand,
  validateCommand,
  verifyCommand,
  agreementCommand,
  reconcileCommand,
  templateCommand,
  frameworksCommand,
];
