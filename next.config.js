// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (say, a test run and a benchmark) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { optimizePackageImports: ["@fluentui/react-components", "@fluentui/react-icons"] },
};

module.exports = nextConfig;
