import { authorityName, violationLabel } from "@ssis/domain";
import { koreanDate, renderNotice } from "../../platform/pdf.ts";
import type { DispositionDetail } from "./dispositions.schemas.ts";

/** The facts behind the disposition: each violation by its Korean name, its code after the name. */
export const facts = (d: Pick<DispositionDetail, "violations">) =>
  d.violations.map(
    (v, i) =>
      `  ${i + 1}) ${v.summary} (적발일 ${koreanDate(v.foundOn)}, ${violationLabel(v.code)} ${v.repeatCount}차 위반)`,
  );

/** How each violation's repeat count was reached, named as in the facts. */
export const repeatCounting = (d: Pick<DispositionDetail, "violations">) =>
  d.violations.map((v) => `  ${violationLabel(v.code)}: ${v.explanation}`);
const basis = (d: DispositionDetail) => {
  const articles = [...new Set(d.violations.map((v) => v.article).filter(Boolean))];
  return `${articles.join(", ")}; ${d.tableName}`;
};
const period = (d: DispositionDetail) =>
  d.periodFrom && d.periodTo ? ` (기간: ${koreanDate(d.periodFrom)} ~ ${koreanDate(d.periodTo)})` : "";

/** 처분 사전통지서: the items 행정절차법 제21조제1항 requires. */
export function renderPreNotice(d: DispositionDetail): Promise<Buffer> {
  return renderNotice({
    title: `행정처분 사전통지(${d.institutionName})`,
    sender: d.authorityName,
    letterhead: authorityName(d.authorityName),
    header: [
      ["수신", `${d.institutionName} 시설장`],
      ["시행일자", d.preNoticeOn ? koreanDate(d.preNoticeOn) : ""],
      ["제목", `행정처분 사전통지${d.hearingRequired ? " 및 청문 실시 안내" : ""}`],
    ],
    write: (doc, width) => {
      doc.text("「행정절차법」 제21조에 따라 귀 기관에 대한 행정처분을 하기 전에 아래와 같이 알려드립니다.", {
        width,
      });
      doc.moveDown(0.6);
      const item = (title: string, lines: string[]) => {
        doc.font("bold").text(title);
        doc.font("regular");
        for (const line of lines) doc.text(line, { width });
        doc.moveDown(0.4);
      };
      item("1. 처분의 제목", [`  ${d.measureLabel}`]);
      item("2. 당사자", [`  ${d.institutionName} (${d.sigunguName})`]);
      item("3. 처분하려는 원인이 되는 사실", facts(d));
      item("4. 처분하려는 내용", [`  ${d.measureLabel}`]);
      item("5. 법적 근거", [`  ${basis(d)}`]);
      item("6. 의견제출", [
        `  기한: ${d.opinionDueOn ? `${koreanDate(d.opinionDueOn)}까지` : ""}`,
        "  방법: 사회서비스정보시스템(희망이음)의 '행정처분' 메뉴 또는 서면",
        `  제출처: ${authorityName(d.authorityName)}`,
        "  기한까지 의견을 제출하지 않으면 의견이 없는 것으로 보고 처리합니다.",
      ]);
      if (d.hearingRequired)
        item("7. 청문", [
          "  이 처분은 청문 대상입니다(사회복지사업법 제49조). 청문 일시와 장소는 따로 알려드립니다.",
        ]);
    },
  });
}

/** 행정처분서: the decision, its basis and period, and how to appeal (행정심판법 제58조의 고지). */
export function renderDecisionNotice(d: DispositionDetail): Promise<Buffer> {
  return renderNotice({
    title: `행정처분(${d.institutionName})`,
    sender: d.authorityName,
    letterhead: authorityName(d.authorityName),
    header: [
      ["수신", `${d.institutionName} 시설장`],
      ["문서번호", d.decisionNo ?? ""],
      ["시행일자", d.decidedOn ? koreanDate(d.decidedOn) : ""],
      ["제목", `행정처분(${d.measureLabel}) 통지`],
    ],
    write: (doc, width) => {
      doc.text("귀 기관에 대하여 아래와 같이 행정처분하니 이행하여 주시기 바랍니다.", { width });
      doc.moveDown(0.6);
      let n = 0;
      const item = (title: string, lines: string[]) => {
        n += 1;
        doc.font("bold").text(`${n}. ${title}`);
        doc.font("regular");
        for (const line of lines) doc.text(line, { width });
        doc.moveDown(0.4);
      };
      item("처분 내용", [
        `  ${d.measureLabel}${period(d)}${d.fineWon ? ` 금액 ${d.fineWon.toLocaleString("ko-KR")}원` : ""}`,
      ]);
      item("처분 사유", facts(d));
      item("법적 근거", [`  ${basis(d)}`]);
      item("위반 차수 산정", repeatCounting(d));
      if (d.adjustmentReason)
        item(`${d.adjustment === "mitigate" ? "감경" : "가중"} 사유`, [`  ${d.adjustmentReason}`]);
      if (d.opinionText)
        item("의견제출에 대한 검토", [`  ${d.decisionReason ?? "제출된 의견을 검토하였음"}`]);
      item("불복 절차", [
        "  이 처분에 이의가 있으면 처분이 있음을 안 날부터 90일 이내에 「행정심판법」에 따른 행정심판을 청구하거나, 「행정소송법」에 따른 행정소송을 제기할 수 있습니다.",
      ]);
    },
  });
}
