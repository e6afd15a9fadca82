import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", ".next-*/**", "e2e/**", ".stryker-tmp/**"],
    environment: "node",
    typecheck: { enabled: true, include: ["**/*.test-d.ts"] },
    testTimeout: 20_000,
  },
});
