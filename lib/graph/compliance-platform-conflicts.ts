import type { ApiVersion } from "./api-version";
import { compliancePlatformsIn, type CompliancePlatform } from "./compliance-platforms";

export type OnboardedProperty = CompliancePlatform["onboarded"];

/** A compliance partner as far as onboarding goes: its id, name and per-platform onboarded flags. */
export type OnboardingOf = { id?: string; displayName?: string | null } & Partial<Record<OnboardedProperty, boolean | null>>;

/** The platforms a partner is onboarded for, in the version. */
export function onboardedPlatforms(partner: OnboardingOf, version: ApiVersion): CompliancePlatform[] {
  return compliancePlatformsIn(version).filter((p) => partner[p.onboarded] === true);
}

export interface CompliancePlatformConflict {
  platform: CompliancePlatform;
  /** The other partners already onboarded for the platform, in the order given. */
  partners: { id: string; displayName: string | null }[];
}

/**
 * Intune allows one compliance partner per platform: for each platform the edited partner is onboarded for
 * (in the API version), the other partners already onboarded for it. The edited partner itself never conflicts.
 */
export function compliancePlatformConflicts(
  edited: OnboardingOf,
  others: readonly (OnboardingOf & { id: string })[],
  version: ApiVersion,
): CompliancePlatformConflict[] {
  return compliancePlatformsIn(version).flatMap((platform) => {
    if (edited[platform.onboarded] !== true) return [];
    const partners = others
      .filter((other) => other.id !== edited.id && other[platform.onboarded] === true)
      .map((other) => ({ id: other.id, displayName: other.displayName ?? null }));
    return partners.length ? [{ platform, partners }] : [];
  });
}

/** "Jamf Pro", "Jamf Pro and Kandji", "A, B and C"; a partner without a name is named by its id. */
export function namePartners(partners: readonly { id: string; displayName: string | null }[]): string {
  const names = partners.map((p) => p.displayName || p.id);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
