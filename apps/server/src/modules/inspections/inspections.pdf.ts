import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import PDFDocument from "pdfkit";
import type { InspectionDetail } from "./inspections.schemas.ts";

/** PretendardGOV (the KRDS typeface) from npm, embedded and subset by pdfkit so the notice prints in Korean. */
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve("pretendard-gov/package.json")),
  "dist/public/static/alternative",
);
const FONT_REGULAR = join(fontDir, "PretendardGOV-Regular.ttf");
const FONT_BOLD = join(fontDir, "PretendardGOV-Bold.ttf");

/**
 * 발신 명의: the head of the official's local government (시장·군수·구청장, 시·도지사), or the Minister for
 * 보건복지부. The title follows the last character of the name (…구 → 구청장, …군 → 군수, …시 → 시장, …도 → 도지사).
 */
export function senderTitle(
  scopeKind: string,
  region: { sido_name: string; sigungu_name: string | null } | null,
): string {
  if (scopeKind === "nation" || !region) return "보건복지부장관";
  if (scopeKind === "sigungu" && region.sigungu_name) {
    const name = region.sigungu_name;
    const suffix = name.endsWith("구") ? "청장" : name.endsWith("군") ? "수" : "장";
    // 세종특별자치시 has no 시군구 below it: its sigungu row repeats the 시도.
    const full = name === region.sido_name ? name : `${region.sido_name} ${name}`;
    return `${full}${suffix}`;
  }
  const sido = region.sido_name;
  return sido.endsWith("도") ? `${sido}지사` : `${sido}장`;
}

const KOREAN_DATE = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${Number(y)}. ${Number(m)}. ${Number(d)}.`;
};

/** 지도점검 결과 통지서: sender, recipient, what was inspected, the result and each finding with its action. */
export async function renderResultNotice(detail: InspectionDetail, sender: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    info: { Title: `지도점검 결과 통지(${detail.institutionName})`, Author: sender },
  });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 120;
  doc
    .font("bold")
    .fontSize(20)
    .text(sender.replace(/(장관|지사|청장|장|수)$/, ""), { align: "center" });
  doc.moveDown(0.8);
  doc.font("regular").fontSize(10.5);
  const line = (label: string, value: string) =>
    doc.font("bold").text(`${label}  `, { continued: true }).font("regular").text(value);
  line("수신", `${detail.institutionName} 시설장`);
  line("문서번호", detail.resultNoticeNo ?? "");
  line("시행일자", detail.resultNotifiedOn ? KOREAN_DATE(detail.resultNotifiedOn) : "");
  line("제목", `${detail.kindLabel} 지도점검 결과 통보 및 시정·개선 요구`);
  doc
    .moveTo(60, doc.y + 6)
    .lineTo(60 + width, doc.y + 6)
    .stroke();
  doc.moveDown(1);

  doc.text(
    `1. 「사회복지사업법」 제51조에 따라 실시한 귀 기관에 대한 지도점검 결과를 아래와 같이 통보합니다.`,
    { width },
  );
  doc.moveDown(0.5);
  doc.text(
    `2. 지적사항에 대하여는 조치 기한까지 시정·개선 조치를 하고, 그 결과를 증빙자료와 함께 사회서비스정보시스템(희망이음)으로 보고하여 주시기 바랍니다.`,
    { width },
  );
  doc.moveDown(0.8);
  doc.font("bold").text("가. 점검 개요");
  doc.font("regular");
  const period = detail.scheduledOn
    ? `${KOREAN_DATE(detail.scheduledOn)}${detail.scheduledEndOn && detail.scheduledEndOn !== detail.scheduledOn ? ` ~ ${KOREAN_DATE(detail.scheduledEndOn)}` : ""}`
    : "";
  doc.text(`  ○ 점검 기간: ${period}`, { width });
  doc.text(`  ○ 점검 구분: ${detail.kindLabel} 점검 (${detail.priorNotice ? "사전 통지" : "불시"})`, {
    width,
  });
  doc.text(`  ○ 점검반: ${detail.team.map((m) => `${m.position} ${m.name}`.trim()).join(", ")}`, { width });
  doc.text(`  ○ 점검표: ${detail.checklistLabel} (${detail.itemsTotal}개 항목)`, { width });
  const counts = { compliant: 0, non_compliant: 0, not_applicable: 0 };
  for (const item of detail.items) if (item.result) counts[item.result]++;
  doc.text(
    `  ○ 항목별 결과: 적합 ${counts.compliant}, 부적합 ${counts.non_compliant}, 해당 없음 ${counts.not_applicable}`,
    { width },
  );
  doc.moveDown(0.6);
  doc.font("bold").text("나. 점검 결과");
  doc
    .font("regular")
    .text(`  ${detail.overallResultLabel ?? ""}${detail.resultSummary ? `: ${detail.resultSummary}` : ""}`, {
      width,
    });
  doc.moveDown(0.6);
  const findings = detail.findingList.filter((f) => f.status !== "withdrawn");
  doc.font("bold").text(`다. 지적사항 및 조치 요구 (${findings.length}건)`);
  doc.font("regular");
  if (findings.length === 0) doc.text("  지적사항 없음", { width });
  findings.forEach((f, i) => {
    doc.moveDown(0.3);
    doc.font("bold").text(`  ${i + 1}) [${f.domain}] ${f.title} (${f.severityLabel})`, { width });
    doc.font("regular").text(`     ${f.detail}`, { width });
    const a = f.correctiveAction;
    if (a)
      doc.text(
        `     → 조치: ${a.outcomeLabel}${a.amountWon ? ` ${a.amountWon.toLocaleString("ko-KR")}원` : ""} — ${a.instruction}${a.dueOn ? ` (기한: ${KOREAN_DATE(a.dueOn)}까지)` : ""}`,
        { width },
      );
  });
  doc.moveDown(1);
  doc.text(
    "※ 이 처분(조치)에 이의가 있는 경우 「행정심판법」에 따른 행정심판 또는 「행정소송법」에 따른 행정소송을 제기할 수 있습니다.",
    { width },
  );
  doc.moveDown(2);
  doc.font("bold").fontSize(18).text(sender, { align: "center" });
  doc.end();
  return done;
}
