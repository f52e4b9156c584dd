/** Where the workspace's own pages live: administration, a product's members, one's profile. */
export const adminProductsPath = '/admin';
export const adminPeoplePath = '/admin/people';
export const adminAuditPath = '/admin/audit';
export const adminSettingsPath = '/admin/settings';
export const profilePath = '/profile';
export const membersPath = (productKey: string) => `/p/${encodeURIComponent(productKey)}/members`;
/** Where a mailed link lands; the secret follows in the fragment (`#ordo_i_…`). */
export const setPasswordPath = '/set-password';
