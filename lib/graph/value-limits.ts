/** Bounds on what one create or update may store: a tenant's size is its entity count times these (README). */
export const maxStringLength = 256;
/** Assignments in one list (groupsRequiringPartnerEnrollment, each platform's enrollment assignments). */
export const maxAssignmentsPerList = 100;
