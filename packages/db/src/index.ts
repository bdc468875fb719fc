export type {
  Database,
  OpenDatabaseOptions,
  Queryable,
  QueryResult,
  Transaction,
  TransactionOptions,
} from "./database.ts";
export { APP_ROLE, openDatabase, PREPARED_PER_CONNECTION } from "./database.ts";
export { migrate } from "./migrate.ts";
export type { ChecklistItemRow, ReferenceDataCounts } from "./reference-data.ts";
export { insertChecklistItems, loadReferenceData, readRegionHistory } from "./reference-data.ts";
export type {
  SyntheticCounts,
  SyntheticIds,
  SyntheticOptions,
  SyntheticProgress,
  SyntheticResult,
} from "./synthetic.ts";
export { DATA_AS_OF, generateSyntheticData, syntheticIds, syntheticInstitutionId } from "./synthetic.ts";
export type { ProgramsAndFinancesCounts, ProgramsAndFinancesOptions } from "./synthetic-programs.ts";
export { generateProgramsAndFinances } from "./synthetic-programs.ts";
export type {
  DemoInstitution,
  ProviderSupervisionDemoCounts,
  ProviderSupervisionDemoOptions,
} from "./synthetic-provider-supervision.ts";
export { generateProviderSupervisionDemo } from "./synthetic-provider-supervision.ts";
export type { SupervisionDemoCounts, SupervisionDemoOptions } from "./synthetic-supervision.ts";
export { generateSupervisionDemo } from "./synthetic-supervision.ts";
