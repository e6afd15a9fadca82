import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The Graph mock and the gateway run in Node; nothing here is baked into the build.
  experimental: { optimizePackageImports: ["@fluentui/react-components", "@fluentui/react-icons"] },
};

export default nextConfig;
