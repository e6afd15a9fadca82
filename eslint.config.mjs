import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // The layers: lib is the domain and the server, components the React, app the routes.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./components", "./app"], message: "lib never imports components or app." },
            { target: "./components", from: ["./lib/gateway", "./lib/mock-graph"], message: "components talk to Graph through lib/api, never to the gateway or the mock." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/mock-graph/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["next", "next/*", "@next/*"], message: "The mock is a plain Request → Response service: nothing of Next.js." }] }],
    },
  },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts"] },
];

export default config;
