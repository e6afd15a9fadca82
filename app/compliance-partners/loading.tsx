import { RouteLoading } from "@/components/common/route-loading";

export default function Loading() {
  return <RouteLoading label="Loading the partners…" />;
}
