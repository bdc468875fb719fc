export * from "./business-number.ts";
export * from "./institution-status.ts";
export * from "./password-policy.ts";
export * from "./roles.ts";
