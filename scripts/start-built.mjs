// Starts the production server for the end-to-end tests, building first when there is no build yet.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const next = path.resolve("node_modules/next/dist/bin/next");
if (!existsSync(path.join(distDir, "BUILD_ID"))) execFileSync(process.execPath, [next, "build"], { stdio: "inherit" });
const child = spawn(process.execPath, [next, "start", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
