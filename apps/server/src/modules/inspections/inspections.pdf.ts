import { authorityName } from "@ssis/domain";
import { koreanDate, renderNotice } from "../../platform/pdf.ts";
import type { InspectionDetail } from "./inspections.schemas.ts";

/** 지도점검 결과 통지서: sender, recipient, what was inspected, the result and each finding with its action. */
export function renderResultNotice(detail: InspectionDetail, sender: string): Promise<Buffer> {
  return renderNotice({
    title: `지도점검 결과 통지(${detail.institutionName})`,
    sender,
    letterhead: authorityName(sender),
    header: [
      ["수신", `${detail.institutionName} 시설장`],
      ["문서번호", detail.resultNoticeNo ?? ""],
      ["시행일자", detail.resultNotifiedOn ? koreanDate(detail.resultNotifiedOn) : ""],
      ["제목", `${detail.kindLabel} 지도점검 결과 통보 및 시정·개선 요구`],
    ],
    write: (doc, width) => {
      doc.text(
        "1. 「사회복지사업법」 제51조에 따라 실시한 귀 기관에 대한 지도점검 결과를 아래와 같이 통보합니다.",
        {
          width,
        },
      );
      doc.moveDown(0.5);
      doc.text(
        "2. 지적사항에 대하여는 조치 기한까지 시정·개선 조치를 하고, 그 결과를 증빙자료와 함께 사회서비스정보시스템(희망이음)으로 보고하여 주시기 바랍니다.",
        { width },
      );
      doc.moveDown(0.8);
      doc.font("bold").text("가. 점검 개요");
      doc.font("regular");
      const period = detail.scheduledOn
        ? `${koreanDate(detail.scheduledOn)}${detail.scheduledEndOn && detail.scheduledEndOn !== detail.scheduledOn ? ` ~ ${koreanDate(detail.scheduledEndOn)}` : ""}`
        : "";
      doc.text(`  ○ 점검 기간: ${period}`, { width });
      doc.text(`  ○ 점검 구분: ${detail.kindLabel} 점검 (${detail.priorNotice ? "사전 통지" : "불시"})`, {
        width,
      });
      doc.text(`  ○ 점검반: ${detail.team.map((m) => `${m.position} ${m.name}`.trim()).join(", ")}`, {
        width,
      });
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
        .text(
          `  ${detail.overallResultLabel ?? ""}${detail.resultSummary ? `: ${detail.resultSummary}` : ""}`,
          {
            width,
          },
        );
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
            `     → 조치: ${a.outcomeLabel}${a.amountWon ? ` ${a.amountWon.toLocaleString("ko-KR")}원` : ""} — ${a.instruction}${a.dueOn ? ` (기한: ${koreanDate(a.dueOn)}까지)` : ""}`,
            { width },
          );
      });
      doc.moveDown(1);
      doc.text(
        "※ 이 조치에 이의가 있는 경우 「행정심판법」에 따른 행정심판 또는 「행정소송법」에 따른 행정소송을 제기할 수 있습니다.",
        { width },
      );
    },
  });
}
