import type { Role } from "@ssis/domain";

/** 개인정보의 안전성 확보조치 기준 제8조: access records are reviewed by those in charge of auditing. */
export const ACCESS_LOG_READERS: readonly Role[] = ["auditor"];
