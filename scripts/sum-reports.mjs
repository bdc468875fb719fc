// Sums the Vitest JSON reports of every suite CI ran into one line: "N passed, N failed".
// A missing report (the runner crashed) counts as one failure, so a broken suite never reads as green.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`report missing: ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + countFilesFailedWithoutTests(report);
}
console.log(`${passed} passed, ${failed} failed`);

// A test file that failed to load (or failed in a hook) has no failed test of its own: count it once.
function countFilesFailedWithoutTests(report) {
  return (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
}
