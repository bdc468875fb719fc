import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeInstitutionWorkbook } from "./institutions.excel.ts";
import type { ExportRow } from "./institutions.repository.ts";

const row = (n: number): ExportRow => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  name: `행복요양원 ${n}호`,
  typeCode: "ELD-MED-NURSING",
  typeName: "노인요양시설",
  field: "노인",
  sidoName: "서울특별시",
  sigunguName: "종로구",
  status: "operating",
  statusLabel: "운영",
  capacity: n % 90,
  currentUsers: n % 60,
  headName: "김시설",
  phone: "02-123-4567",
  latestGrade: null,
  version: 1,
  roadAddress: `서울특별시 종로구 율곡로 ${n}`,
  addressDetail: null,
  businessNo: "1234567890",
  operatorName: "사회복지법인 행복",
  openedOn: "2015-05-01",
});

/** Batches as the database would give them: each after some I/O. */
function batches(count: number, size: number, pulled: { n: number }) {
  return (async function* () {
    for (let b = 0; b < count; b++) {
      await sleep(1);
      pulled.n++;
      yield Array.from({ length: size }, (_, k) => row(b * size + k));
    }
  })();
}

const info = {
  scopeLabel: "서울특별시 종로구",
  username: "gu.jongno",
  reason: "시험",
  filters: { sort: "name" as const },
  at: new Date("2026-03-02T01:00:00Z"),
};

describe("writeInstitutionWorkbook", () => {
  it("streams every row into the reply and leaves ending it to the caller", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const pulled = { n: 0 };
    const result = await writeInstitutionWorkbook(out, batches(5, 700, pulled), info);
    expect(result).toEqual({ rows: 3500, complete: true });
    expect(out.writableEnded).toBe(false);
    out.end();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("기관 현황");
    expect(sheet?.rowCount).toBe(3501);
    expect(sheet?.getRow(3501).getCell(1).value).toBe("행복요양원 3499호");
    const about: unknown[][] = [];
    wb.getWorksheet("조회 조건")?.eachRow((r) => about.push((r.values as unknown[]).slice(1)));
    expect(about).toContainEqual(["건수", "3,500"]);
  });

  it("stops reading batches while the client does not take the file, and stops when it leaves", async () => {
    const out = new PassThrough();
    const pulled = { n: 0 };
    const writing = writeInstitutionWorkbook(out, batches(200, 2000, pulled), info);
    await sleep(1500);
    // About 1 MB of the file is waiting; the rest of the 200 batches were never read.
    expect(pulled.n).toBeGreaterThan(0);
    expect(pulled.n).toBeLessThan(40);
    out.destroy();
    const result = await writing;
    expect(result.complete).toBe(false);
    // The batch read while the client left is not written.
    expect([pulled.n * 2000, (pulled.n - 1) * 2000]).toContain(result.rows);
  });
});
