import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

// Unit tests under lib/ only: the integration tests in test/ run a built server and e2e/ is Playwright,
// neither of which sees Stryker's mutated sources.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["lib/**/__tests__/**/*.test.ts", "lib/**/__tests__/**/*.test.tsx"],
    exclude: [...(base.test?.exclude ?? []), "test/**"],
    typecheck: { enabled: false },
  },
});
