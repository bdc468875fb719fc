export type { Database, OpenDatabaseOptions, Queryable, QueryResult, Transaction } from "./database.ts";
export { APP_ROLE, openDatabase } from "./database.ts";
export { migrate } from "./migrate.ts";
