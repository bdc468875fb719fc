export * from "./business-number.ts";
export * from "./institution-status.ts";
export * from "./password-policy.ts";
export * from "./roles.ts";
export * from "./resident-number.ts";
export * from "./staff-rules.ts";
export * from "./institution-search.ts";
export * from "./institution-rules.ts";
