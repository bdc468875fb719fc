import {
  checkFinanceYear,
  computeFinanceTotals,
  EXPENDITURE_FIELDS,
  FINANCE_AMOUNT_FIELDS,
  FINANCE_FIELD_LABELS,
  type FinanceAmountField,
  type FinanceAmounts,
  formatShare,
  koreaToday,
  REVENUE_FIELDS,
} from "@ssis/domain";
import type { FormEvent } from "react";
import {
  createFinanceYear,
  type FinanceYear,
  updateFinanceYear,
  useFinanceMutation,
  useOwnFinances,
} from "../../api/finances";
import { useUser } from "../../auth/useSession";
import { Alert, Notice } from "../../components/Alert";
import { FinanceTable, won } from "../../components/FinanceTable";
import { TextField } from "../../components/FormField";
import { FormButtons, FormSection } from "../../components/FormSection";
import { EmptyState, Loading } from "../../components/Loading";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { useDraft } from "../../lib/useDraft";
import { useFormErrors } from "../../lib/useFormErrors";
import { useRecordEditing } from "../../lib/useRecordEditing";

/** 재정 현황 (CWSU): the yearly finances summary the institution reports; the ERP keeps the accounts. */
export function FinancesPage() {
  const user = useUser();
  const isAdmin = user.role === "provider_admin";
  const list = useOwnFinances();
  const page = useRecordEditing<FinanceYear>();
  return (
    <>
      <PageHeader
        title="재정 현황"
        breadcrumbs={[{ label: "홈", to: "/provider" }, { label: "현황정보관리" }]}
        description={
          <p>연도별 세입·세출 요약과 보조금 비율을 보고합니다. 변경 내용은 접속기록에 남습니다.</p>
        }
        actions={
          isAdmin ? (
            <button type="button" className="krds-btn medium primary" onClick={page.add}>
              회계연도 등록
            </button>
          ) : null
        }
      />
      <Alert tone="info" title="회계 프로그램과의 관계">
        {list.data?.notice ??
          "기관이 보고한 연도별 재정·보조금 요약입니다. 회계 장부와 결산서는 사회복지시설 재무회계 프로그램에서 관리합니다."}
      </Alert>
      <Notice message={page.notice} />
      {page.form ? <FinanceForm key={page.formKey} {...page.form} /> : null}
      <Section id="finance-years" title="연도별 요약">
        {list.isPending ? <Loading label="재정 요약을 불러오는 중입니다." /> : null}
        {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState>등록된 회계연도가 없습니다</EmptyState>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <FinanceTable items={list.data.items} onEdit={isAdmin ? page.edit : undefined} />
        ) : null}
      </Section>
    </>
  );
}

type Draft = Record<FinanceAmountField, string> & { fiscalYear: string; note: string };

/** Digits only: "1,200,000" and "1200000" are the same amount. */
const parseWon = (text: string) => (text.trim() === "" ? 0 : Number(text.replace(/[,\s원]/g, "")));

function FinanceForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: FinanceYear | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const currentYear = Number(koreaToday().slice(0, 4));
  const { errors, problem, passes, failed } = useFormErrors();
  const { draft, bind } = useDraft<Draft>(() => {
    const base = Object.fromEntries(
      FINANCE_AMOUNT_FIELDS.map((f) => [f, initial ? String(initial[f]) : ""]),
    ) as Record<FinanceAmountField, string>;
    return { ...base, fiscalYear: String(initial?.fiscalYear ?? currentYear - 1), note: initial?.note ?? "" };
  }, errors);
  const amounts = Object.fromEntries(
    FINANCE_AMOUNT_FIELDS.map((f) => [f, parseWon(draft[f])]),
  ) as FinanceAmounts;
  const valid = FINANCE_AMOUNT_FIELDS.every((f) => Number.isFinite(amounts[f]));
  const totals = valid ? computeFinanceTotals(amounts) : null;
  const save = useFinanceMutation(async () =>
    initial
      ? updateFinanceYear(initial.id, {
          ...amounts,
          note: draft.note.trim() || null,
          version: initial.version,
        })
      : createFinanceYear({
          ...amounts,
          fiscalYear: Number(draft.fiscalYear),
          note: draft.note.trim() || null,
        }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    for (const f of FINANCE_AMOUNT_FIELDS)
      if (!Number.isFinite(amounts[f])) local[f] = `${FINANCE_FIELD_LABELS[f]}은(는) 숫자(원)로 입력하세요.`;
    for (const p of checkFinanceYear({
      fiscalYear: Number(draft.fiscalYear),
      amounts: Object.fromEntries(FINANCE_AMOUNT_FIELDS.filter((f) => !local[f]).map((f) => [f, amounts[f]])),
      currentYear: Math.max(currentYear, initial?.fiscalYear ?? 0),
    }))
      local[p.field] ??= p.message;
    if (!passes(local)) return;
    save.mutate(undefined, {
      onSuccess: (saved) => onDone(`${saved.fiscalYear}년 재정 요약을 ${initial ? "수정" : "등록"}했습니다.`),
      onError: (error) => failed(error, "저장하지 못했습니다."),
    });
  };

  const field = (f: FinanceAmountField) => (
    <TextField
      key={f}
      id={`finance-${f}`}
      label={`${FINANCE_FIELD_LABELS[f]}(원)`}
      inputMode="numeric"
      {...bind(f)}
    />
  );

  return (
    <FormSection
      id="finance-form-title"
      title={initial ? `${initial.fiscalYear}년 재정 요약 수정` : "회계연도 재정 요약 등록"}
      problem={problem}
      onSubmit={submit}
    >
      <TextField
        id="finance-fiscalYear"
        label="회계연도"
        inputMode="numeric"
        required
        disabled={!!initial}
        hint={initial ? "회계연도는 바꿀 수 없습니다." : `2000년부터 ${currentYear}년까지`}
        {...bind("fiscalYear")}
      />
      <fieldset>
        <legend>세입</legend>
        {REVENUE_FIELDS.map(field)}
        <p aria-live="polite">
          세입 합계 <strong>{totals ? won(totals.revenueTotal) : "-"}</strong> · 보조금 합계{" "}
          <strong>{totals ? won(totals.subsidyTotal) : "-"}</strong> · 보조금 비율{" "}
          <strong>{totals ? formatShare(totals.subsidyShare) : "-"}</strong>
        </p>
      </fieldset>
      <fieldset>
        <legend>세출</legend>
        {EXPENDITURE_FIELDS.map(field)}
        <p aria-live="polite">
          세출 합계 <strong>{totals ? won(totals.expenditureTotal) : "-"}</strong> · 차액(세입−세출){" "}
          <strong>{totals ? won(totals.balance) : "-"}</strong>
        </p>
      </fieldset>
      <TextField id="finance-note" label="비고" {...bind("note")} />
      <FormButtons pending={save.isPending} onCancel={onCancel} />
    </FormSection>
  );
}
