import { loadWhenShown } from "@/components/common/load-when-shown";

// The kinds' descriptors reach the list pages, which show no assignments: the list's code loads with a detail page.
export const AssignmentList = loadWhenShown(() => import("./assignment-list").then((m) => m.AssignmentList));
