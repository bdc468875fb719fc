import ExcelJS from "exceljs";
import type { ProgramItem } from "./programs.schemas.ts";

/** 프로그램 목록 엑셀: one row a programme, with the filters' result as the screen shows it. */
export async function buildProgramWorkbook(institutionName: string, items: ProgramItem[]) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "기관행정 업무지원";
  const sheet = wb.addWorksheet("프로그램");
  sheet.columns = [
    { header: "프로그램명", key: "name", width: 28 },
    { header: "분야", key: "category", width: 10 },
    { header: "대상", key: "target", width: 22 },
    { header: "시작일", key: "startedOn", width: 12 },
    { header: "종료일", key: "endedOn", width: 12 },
    { header: "상태", key: "status", width: 8 },
    { header: "월 운영 횟수", key: "sessions", width: 12 },
    { header: "참여 인원", key: "participants", width: 10 },
    { header: "재원", key: "funding", width: 10 },
    { header: "내용", key: "description", width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const p of items)
    sheet.addRow({
      name: p.name,
      category: p.categoryLabel,
      target: p.targetGroup,
      startedOn: p.startedOn,
      endedOn: p.endedOn ?? "",
      status: p.isEnded ? "종료" : "진행중",
      sessions: p.sessionsPerMonth,
      participants: p.participants,
      funding: p.fundingSourceLabel,
      description: p.description ?? "",
    });
  wb.title = `${institutionName} 프로그램 목록`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
