export * from "./engine.ts";
export * from "./ladder-table.ts";
export * from "./measure.ts";
export * from "./tables/index.ts";
export * from "./violation-name.ts";
