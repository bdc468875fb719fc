import type { Role } from "@ssis/domain";

/** Officials with a jurisdiction have casework waiting; 보건복지부 sees the nation's. */
export const INBOX_OFFICIALS: readonly Role[] = ["mohw_official", "sido_official", "sigungu_official"];
/** An institution's accounts; staff see what their institution must do, as the administrator does. */
export const INBOX_PROVIDERS: readonly Role[] = ["provider_admin", "provider_staff"];
