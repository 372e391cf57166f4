#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx faultline` works from a checkout without a build step.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("./main.ts");
process.exitCode = await runCli(process.argv.slice(2));
