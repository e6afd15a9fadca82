// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds (say, a test run and a benchmark) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts skips these paths (see its matcher): they get the baseline headers here. Static JS and CSS with nosniff,
  // so a browser never runs one as another type.
  async headers() {
    const baseline = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
    ];
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({ source, headers: baseline }));
  },
  experimental: { optimizePackageImports: ["@fluentui/react-components", "@fluentui/react-icons"] },
};

module.exports = nextConfig;
