import { QueryClient } from "@tanstack/react-query";

/** The one place that sets TanStack Query's defaults. Retries belong to the gateway (browsers cannot read Retry-After). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
