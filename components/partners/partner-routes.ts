/** A partner kind's pages, from the one place its list's path is written. */
export function partnerRoutes(list: string) {
  return {
    list,
    new: `${list}/new`,
    detail: (id: string) => `${list}/${encodeURIComponent(id)}`,
    edit: (id: string) => `${list}/${encodeURIComponent(id)}/edit`,
  };
}

export type PartnerRoutes = ReturnType<typeof partnerRoutes>;

// The app/ folders of the same names serve them.
export const deviceManagementPartnerRoutes = partnerRoutes("/device-partners");
export const complianceManagementPartnerRoutes = partnerRoutes("/compliance-partners");
