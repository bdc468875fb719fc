import { PageHeader } from "../../components/PageHeader";

/** 평가위원: nothing is assigned through this system yet (evaluation screens come later). */
export function EvaluatorHomePage() {
  return (
    <>
      <PageHeader title="평가 업무" breadcrumbs={[{ label: "홈" }, { label: "사회서비스평가" }]} />
      <div className="app-message-page">
        <p className="app-empty">현재 배정된 평가 업무가 없습니다.</p>
        <p>평가기관이 현장평가 대상 기관을 배정하면 이 화면에 표시됩니다.</p>
      </div>
    </>
  );
}
