// Starts the production server for the end-to-end tests, building first when there is no build yet.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const next = path.resolve("node_modules/next/dist/bin/next");
if (!existsSync(path.join(distDir, "BUILD_ID"))) execFileSync(process.execPath, [next, "build"], { stdio: "inherit" });
const child = spawn(process.execPath, [path.resolve("scripts/console-server.mjs"), ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
// A server killed by a signal did not end well: report it as a shell does (128 + the signal's number).
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
