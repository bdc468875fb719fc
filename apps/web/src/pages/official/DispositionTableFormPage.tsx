import { MEASURE_KIND_LABELS, parseLadderTable, SUSPENSION_KINDS, type SuspensionKind } from "@ssis/domain";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { addTable, useDispositionMutation } from "../../api/dispositions";
import { errorMessage } from "../../api/problem";
import { Alert } from "../../components/Alert";
import { Code } from "../../components/CodeLabel";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Choice, TextAreaField } from "../../components/DispositionParts";
import { SelectField, TextField } from "../../components/FormField";
import { BackToList, PageHeader } from "../../components/PageHeader";
import { Section } from "../../components/Section";
import { useFormErrors } from "../../lib/useFormErrors";

/** Provenance of a provision: whether it was checked in the official text, and where it comes from. */
interface Prov {
  on: boolean;
  verified: boolean;
  source: string;
}
interface RowDraft {
  key: number;
  code: string;
  item: string;
  violation: string;
  article: string;
  steps: [string, string, string, string];
  verified: boolean;
  source: string;
}
interface BracketDraft {
  key: number;
  upToWon: string;
  wonPerDay: string;
}
type FormulaKind = "fixedPerDay" | "dailyRevenueRate" | "revenueBrackets";
interface FormState {
  lawCode: string;
  lawName: string;
  tableName: string;
  versionId: string;
  effectiveFrom: string;
  effectiveTo: string;
  source: string;
  verified: boolean;
  note: string;
  lookBack: Prov & { months: string };
  repeat: Prov;
  concurrent: Prov;
  mitigation: Prov & {
    maxFraction: string;
    floor: string;
    allowLighterKind: boolean;
    requiresReason: boolean;
  };
  aggravation: Prov & {
    maxFraction: string;
    maxSuspensionMonths: string;
    maxAmountWon: string;
    allowHeavierKind: boolean;
    requiresReason: boolean;
  };
  surcharge: Prov & {
    kinds: SuspensionKind[];
    daysPerMonth: string;
    formula: FormulaKind;
    wonPerDay: string;
    rate: string;
    daysInYear: string;
    brackets: BracketDraft[];
    maxAmountWon: string;
    excludedCodes: string;
    roundDownToWon: string;
  };
  rows: RowDraft[];
}

const prov = (on: boolean): Prov => ({ on, verified: false, source: "" });
const emptyRow = (key: number): RowDraft => ({
  key,
  code: "",
  item: "",
  violation: "",
  article: "",
  steps: ["", "", "", ""],
  verified: false,
  source: "",
});
const INITIAL: FormState = {
  lawCode: "",
  lawName: "",
  tableName: "",
  versionId: "",
  effectiveFrom: "",
  effectiveTo: "",
  source: "",
  verified: false,
  note: "",
  lookBack: { ...prov(true), months: "" },
  repeat: prov(true),
  concurrent: prov(true),
  mitigation: {
    ...prov(false),
    maxFraction: "0.5",
    floor: "",
    allowLighterKind: false,
    requiresReason: true,
  },
  aggravation: {
    ...prov(false),
    maxFraction: "0.5",
    maxSuspensionMonths: "",
    maxAmountWon: "",
    allowHeavierKind: false,
    requiresReason: true,
  },
  surcharge: {
    ...prov(false),
    kinds: ["businessSuspension"],
    daysPerMonth: "30",
    formula: "fixedPerDay",
    wonPerDay: "",
    rate: "",
    daysInYear: "365",
    brackets: [{ key: 0, upToWon: "", wonPerDay: "" }],
    maxAmountWon: "",
    excludedCodes: "",
    roundDownToWon: "1",
  },
  rows: [emptyRow(0)],
};

/** Field paths as the server names them (`table.rows.0.steps.1`), so its errors land at the fields. */
type Errors = Record<string, string>;

/**
 * The document the API takes, from what was typed. Numbers that are not numbers, and required ones left
 * empty, are reported here (the schema would answer in English); everything else is left to the same
 * schema the server runs (parseLadderTable).
 */
function toDocument(f: FormState): { doc: Record<string, unknown>; errors: Errors } {
  const errors: Errors = {};
  const num = (path: string, value: string, required: boolean): number | undefined => {
    const v = value.replace(/,/g, "").trim();
    if (!v) {
      if (required) errors[path] = "값을 입력하세요.";
      return undefined;
    }
    const n = Number(v);
    if (!Number.isFinite(n)) errors[path] = "숫자로 입력하세요.";
    return n;
  };
  const source = (p: Prov) => p.source.trim() || f.source.trim();
  const provenance = (p: Prov) => ({ verified: p.verified, source: source(p) });
  const provisions: Record<string, unknown> = {};
  const P = "table.provisions";
  if (f.lookBack.on)
    provisions.lookBack = {
      ...provenance(f.lookBack),
      months: num(`${P}.lookBack.months`, f.lookBack.months, true),
      basis: "priorDecisionToLaterFinding",
    };
  if (f.repeat.on) provisions.repeatCountRule = { ...provenance(f.repeat), kind: "nextAfterHighestPrior" };
  if (f.concurrent.on) provisions.concurrent = { ...provenance(f.concurrent), kind: "heaviest" };
  if (f.mitigation.on) {
    const m = f.mitigation;
    provisions.mitigation = {
      ...provenance(m),
      maxFraction: num(`${P}.mitigation.maxFraction`, m.maxFraction, true),
      ...(m.floor.trim() ? { floor: m.floor.trim() } : {}),
      allowLighterKind: m.allowLighterKind,
      requiresReason: m.requiresReason,
    };
  }
  if (f.aggravation.on) {
    const a = f.aggravation;
    const months = num(`${P}.aggravation.maxSuspensionMonths`, a.maxSuspensionMonths, false);
    const amount = num(`${P}.aggravation.maxAmountWon`, a.maxAmountWon, false);
    provisions.aggravation = {
      ...provenance(a),
      maxFraction: num(`${P}.aggravation.maxFraction`, a.maxFraction, true),
      ...(months !== undefined ? { maxSuspensionMonths: months } : {}),
      ...(amount !== undefined ? { maxAmountWon: amount } : {}),
      allowHeavierKind: a.allowHeavierKind,
      requiresReason: a.requiresReason,
    };
  }
  if (f.surcharge.on) {
    const s = f.surcharge;
    const S = `${P}.surchargeConversion`;
    const formula =
      s.formula === "fixedPerDay"
        ? { kind: "fixedPerDay", wonPerDay: num(`${S}.formula.wonPerDay`, s.wonPerDay, true) }
        : s.formula === "dailyRevenueRate"
          ? {
              kind: "dailyRevenueRate",
              rate: num(`${S}.formula.rate`, s.rate, true),
              daysInYear: num(`${S}.formula.daysInYear`, s.daysInYear, true),
            }
          : {
              kind: "revenueBrackets",
              brackets: s.brackets.map((b, i) => {
                const upTo = num(`${S}.formula.brackets.${i}.upToWon`, b.upToWon, false);
                return {
                  ...(upTo !== undefined ? { upToWon: upTo } : {}),
                  wonPerDay: num(`${S}.formula.brackets.${i}.wonPerDay`, b.wonPerDay, true),
                };
              }),
            };
    const max = num(`${S}.maxAmountWon`, s.maxAmountWon, false);
    const excluded = s.excludedCodes
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    provisions.surchargeConversion = {
      ...provenance(s),
      suspensionKinds: s.kinds,
      daysPerMonth: num(`${S}.daysPerMonth`, s.daysPerMonth, true),
      formula,
      ...(max !== undefined ? { maxAmountWon: max } : {}),
      ...(excluded.length > 0 ? { excludedCodes: excluded } : {}),
      roundDownToWon: num(`${S}.roundDownToWon`, s.roundDownToWon, true),
    };
  }
  if (f.rows.length === 0) errors["table.rows"] = "개별기준을 하나 이상 입력하세요.";
  const rows = f.rows.map((r, i) => {
    const last = r.steps.reduce((at, s, j) => (s.trim() ? j : at), -1);
    const steps = r.steps.slice(0, Math.max(last + 1, 1)).map((s) => s.trim());
    steps.forEach((s, j) => {
      if (!s) errors[`table.rows.${i}.steps.${j}`] = `${j + 1}차 처분을 입력하세요.`;
    });
    return {
      code: r.code.trim(),
      item: r.item.trim(),
      violation: r.violation.trim(),
      article: r.article.trim(),
      steps,
      verified: r.verified,
      source: r.source.trim() || f.source.trim(),
    };
  });
  const doc: Record<string, unknown> = {
    lawCode: f.lawCode.trim(),
    lawName: f.lawName.trim(),
    tableName: f.tableName.trim(),
    versionId: f.versionId.trim(),
    effectiveFrom: f.effectiveFrom,
    ...(f.effectiveTo ? { effectiveTo: f.effectiveTo } : {}),
    source: f.source.trim(),
    verified: f.verified,
    ...(f.note.trim() ? { note: f.note.trim() } : {}),
    provisions,
    rows,
  };
  return { doc, errors };
}

/** 처분기준표 새 판 등록 (보건복지부): the same checks as the server first, then a confirmation. */
export function DispositionTableFormPage() {
  const navigate = useNavigate();
  const [form, setForm] = useState<FormState>(INITIAL);
  const { errors, problem, setErrors, setProblem, failed } = useFormErrors();
  const [confirming, setConfirming] = useState(false);
  const nextKey = useRef(1);
  const save = useDispositionMutation(addTable);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const setRow = (key: number, patch: Partial<RowDraft>) =>
    setForm((f) => ({ ...f, rows: f.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));

  const check = (e: FormEvent) => {
    e.preventDefault();
    const { doc, errors: local } = toDocument(form);
    const parsed = parseLadderTable(doc);
    if (!parsed.ok) for (const p of parsed.problems) local[`table.${p.field}`] ??= p.message;
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setProblem("처분기준표 입력을 확인하세요. 잘못된 곳이 표시되어 있습니다.");
      return;
    }
    setProblem(null);
    setConfirming(true);
  };
  const submit = () => {
    setConfirming(false);
    save.mutate(toDocument(form).doc, {
      onSuccess: (table) =>
        navigate(`/official/disposition-tables/${encodeURIComponent(table.key)}`, { replace: true }),
      onError: (error) => failed(error, errorMessage(error)),
    });
  };
  const err = (path: string) => errors[`table.${path}`];
  const errorList = Object.entries(errors);

  return (
    <>
      <PageHeader
        title="처분기준표 새 판 등록"
        breadcrumbs={[
          { label: "홈", to: "/official" },
          { label: "기관관리감독" },
          { label: "처분기준표", to: "/official/disposition-tables" },
        ]}
        description={
          <p>
            법령의 행정처분기준(별표)을 시행일별 판으로 입력합니다. 처분은 표의 말 그대로(예: 업무정지 3개월,
            지정취소 또는 시설폐쇄) 적습니다. 원문에서 확인하지 못한 조항은 입력하지 마세요. 입력하지 않은
            조항이 필요한 판단은 처분기준표가 하지 않고 그 이유를 알려 줍니다.
          </p>
        }
        actions={<BackToList to="/official/disposition-tables" />}
      />
      {problem ? (
        <Alert tone="danger" live="alert" title={problem}>
          {errorList.length > 0 ? (
            <ul className="disp-list" data-testid="table-errors">
              {errorList.map(([path, message]) => (
                <li key={path}>
                  {fieldName(path)}: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <form className="app-form" onSubmit={check} noValidate>
        <Section id="table-form-facts" title="판 정보">
          <div className="app-form">
            <div className="disp-field-row">
              <TextField
                id="t-lawCode"
                label="법령 코드"
                placeholder="예: ELD"
                hint="영문 대문자로 시작하는 2–10자. 위반 코드의 앞부분이 됩니다."
                value={form.lawCode}
                error={err("lawCode")}
                onChange={(e) => set({ lawCode: e.target.value.toUpperCase() })}
              />
              <TextField
                id="t-lawName"
                label="법령 이름"
                placeholder="예: 노인복지법"
                value={form.lawName}
                error={err("lawName")}
                onChange={(e) => set({ lawName: e.target.value })}
              />
            </div>
            <div className="disp-field-row">
              <TextField
                id="t-tableName"
                label="처분기준표 이름"
                placeholder="예: 노인복지법 시행규칙 [별표 11]"
                value={form.tableName}
                error={err("tableName")}
                onChange={(e) => set({ tableName: e.target.value })}
              />
              <TextField
                id="t-versionId"
                label="판 식별자"
                placeholder="예: ELD-B11-2025-01-01"
                hint="판마다 다른 이름. 법령 코드, 별표 번호, 시행일로 짓기를 권합니다."
                value={form.versionId}
                error={err("versionId")}
                onChange={(e) => set({ versionId: e.target.value })}
              />
            </div>
            <div className="disp-field-row">
              <TextField
                id="t-effectiveFrom"
                label="시행일"
                type="date"
                value={form.effectiveFrom}
                error={err("effectiveFrom")}
                onChange={(e) => set({ effectiveFrom: e.target.value })}
              />
              <TextField
                id="t-effectiveTo"
                label="시행 종료일(선택)"
                type="date"
                hint="비우면 같은 법령의 다음 판이 시행되기 전날까지 적용합니다."
                value={form.effectiveTo}
                error={err("effectiveTo")}
                onChange={(e) => set({ effectiveTo: e.target.value })}
              />
            </div>
            <TextField
              id="t-source"
              label="출처"
              placeholder="예: 국가법령정보센터 노인복지법 시행규칙 [별표 11] (2025.1.1. 시행)"
              hint="조항·행의 출처를 비우면 이 출처를 씁니다."
              value={form.source}
              error={err("source")}
              onChange={(e) => set({ source: e.target.value })}
            />
            <Check
              label="공포된 원문과 대조하여 확인함"
              checked={form.verified}
              onChange={(verified) => set({ verified })}
            />
            <TextAreaField
              id="t-note"
              label="비고(선택)"
              rows={2}
              value={form.note}
              error={err("note")}
              onChange={(e) => set({ note: e.target.value })}
            />
          </div>
        </Section>

        <Section id="table-form-provisions" title="일반기준">
          <div className="app-form">
            <ProvisionBox
              title="위반횟수 산정기간"
              value={form.lookBack}
              onChange={(p) => set({ lookBack: { ...form.lookBack, ...p } })}
              path="provisions.lookBack"
              errors={errors}
              enable="산정기간을 입력합니다"
            >
              <TextField
                id="t-lookBack-months"
                label="산정기간(개월)"
                inputMode="numeric"
                hint="처분일부터 같은 위반행위가 다시 적발된 날까지의 기간. 예: 3년이면 36"
                value={form.lookBack.months}
                error={err("provisions.lookBack.months")}
                onChange={(e) => set({ lookBack: { ...form.lookBack, months: e.target.value } })}
              />
            </ProvisionBox>
            <ProvisionBox
              title="위반 차수"
              value={form.repeat}
              onChange={(p) => set({ repeat: { ...form.repeat, ...p } })}
              path="provisions.repeatCountRule"
              errors={errors}
              enable="산정기간 안의 이전 처분 가운데 가장 높은 차수의 다음 차수로 셉니다"
            />
            <ProvisionBox
              title="둘 이상의 위반행위"
              value={form.concurrent}
              onChange={(p) => set({ concurrent: { ...form.concurrent, ...p } })}
              path="provisions.concurrent"
              errors={errors}
              enable="가장 무거운 처분기준에 따릅니다"
            />
            <ProvisionBox
              title="감경"
              value={form.mitigation}
              onChange={(p) => set({ mitigation: { ...form.mitigation, ...p } })}
              path="provisions.mitigation"
              errors={errors}
              enable="감경 기준이 있습니다"
            >
              <div className="disp-field-row">
                <TextField
                  id="t-mitigation-fraction"
                  label="감경 한도(비율)"
                  inputMode="decimal"
                  hint="0.5 = 2분의 1 범위"
                  value={form.mitigation.maxFraction}
                  error={err("provisions.mitigation.maxFraction")}
                  onChange={(e) => set({ mitigation: { ...form.mitigation, maxFraction: e.target.value } })}
                />
                <TextField
                  id="t-mitigation-floor"
                  label="하한 처분(선택)"
                  placeholder="예: 업무정지 15일"
                  value={form.mitigation.floor}
                  error={err("provisions.mitigation.floor")}
                  onChange={(e) => set({ mitigation: { ...form.mitigation, floor: e.target.value } })}
                />
              </div>
              <Check
                label="더 가벼운 종류의 처분으로 바꿀 수 있음"
                checked={form.mitigation.allowLighterKind}
                onChange={(allowLighterKind) => set({ mitigation: { ...form.mitigation, allowLighterKind } })}
              />
              <Check
                label="감경 사유를 반드시 적음"
                checked={form.mitigation.requiresReason}
                onChange={(requiresReason) => set({ mitigation: { ...form.mitigation, requiresReason } })}
              />
            </ProvisionBox>
            <ProvisionBox
              title="가중"
              value={form.aggravation}
              onChange={(p) => set({ aggravation: { ...form.aggravation, ...p } })}
              path="provisions.aggravation"
              errors={errors}
              enable="가중 기준이 있습니다"
            >
              <div className="disp-field-row">
                <TextField
                  id="t-aggravation-fraction"
                  label="가중 한도(비율)"
                  inputMode="decimal"
                  hint="0.5 = 2분의 1 범위"
                  value={form.aggravation.maxFraction}
                  error={err("provisions.aggravation.maxFraction")}
                  onChange={(e) => set({ aggravation: { ...form.aggravation, maxFraction: e.target.value } })}
                />
                <TextField
                  id="t-aggravation-months"
                  label="정지 기간 상한(개월, 선택)"
                  inputMode="numeric"
                  value={form.aggravation.maxSuspensionMonths}
                  error={err("provisions.aggravation.maxSuspensionMonths")}
                  onChange={(e) =>
                    set({ aggravation: { ...form.aggravation, maxSuspensionMonths: e.target.value } })
                  }
                />
                <TextField
                  id="t-aggravation-amount"
                  label="금액 상한(원, 선택)"
                  inputMode="numeric"
                  value={form.aggravation.maxAmountWon}
                  error={err("provisions.aggravation.maxAmountWon")}
                  onChange={(e) =>
                    set({ aggravation: { ...form.aggravation, maxAmountWon: e.target.value } })
                  }
                />
              </div>
              <Check
                label="더 무거운 종류의 처분으로 바꿀 수 있음"
                checked={form.aggravation.allowHeavierKind}
                onChange={(allowHeavierKind) =>
                  set({ aggravation: { ...form.aggravation, allowHeavierKind } })
                }
              />
              <Check
                label="가중 사유를 반드시 적음"
                checked={form.aggravation.requiresReason}
                onChange={(requiresReason) => set({ aggravation: { ...form.aggravation, requiresReason } })}
              />
            </ProvisionBox>
            <SurchargeBox form={form} set={set} errors={errors} />
          </div>
        </Section>

        <Section id="table-form-rows" title="개별기준">
          <p className="app-muted">
            1차부터 차례로 입력합니다. 뒤 차수는 앞 차수보다 가벼울 수 없고, 인쇄된 마지막 차수를 넘는
            위반에는 마지막 차수의 처분을 적용합니다.
          </p>
          {err("rows") ? <p className="form-hint-invalid">{err("rows")}</p> : null}
          {form.rows.map((r, i) => (
            <RowFields
              key={r.key}
              index={i}
              row={r}
              errors={errors}
              removable={form.rows.length > 1}
              onChange={(patch) => setRow(r.key, patch)}
              onRemove={() => set({ rows: form.rows.filter((x) => x.key !== r.key) })}
            />
          ))}
          <div className="app-button-row">
            <button
              type="button"
              className="krds-btn medium secondary"
              onClick={() => set({ rows: [...form.rows, emptyRow(nextKey.current++)] })}
            >
              개별기준 추가
            </button>
          </div>
        </Section>

        <div className="app-button-row">
          <button type="submit" className="krds-btn medium primary" disabled={save.isPending}>
            {save.isPending ? "등록하는 중…" : "처분기준표 등록"}
          </button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          title="처분기준표를 등록할까요?"
          confirmLabel="등록"
          onConfirm={submit}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {form.tableName}
            <Code>{form.versionId}</Code>을(를) {form.effectiveFrom}부터 시행하는 판으로 등록합니다. 개별기준{" "}
            {form.rows.length}개.
          </p>
          <p>등록한 판은 고치거나 지울 수 없습니다. 바로잡으려면 새 판을 등록하세요.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** A readable name for an error's field path in the summary list. */
function fieldName(path: string): string {
  const p = path.replace(/^table\./, "");
  const row = /^rows\.(\d+)\.(\w+)(?:\.(\d+))?/.exec(p);
  if (row) {
    const names: Record<string, string> = {
      code: "위반 코드",
      item: "항목 위치",
      violation: "위반행위",
      article: "근거 법조문",
      source: "출처",
      steps: `${Number(row[3] ?? 0) + 1}차 처분`,
    };
    return `개별기준 ${Number(row[1]) + 1}의 ${names[row[2] ?? ""] ?? row[2]}`;
  }
  const names: Record<string, string> = {
    lawCode: "법령 코드",
    lawName: "법령 이름",
    tableName: "처분기준표 이름",
    versionId: "판 식별자",
    effectiveFrom: "시행일",
    effectiveTo: "시행 종료일",
    source: "출처",
    rows: "개별기준",
  };
  if (names[p]) return names[p];
  const provision = /^provisions\.(\w+)/.exec(p)?.[1];
  const provisions: Record<string, string> = {
    lookBack: "위반횟수 산정기간",
    repeatCountRule: "위반 차수",
    concurrent: "둘 이상의 위반행위",
    mitigation: "감경",
    aggravation: "가중",
    surchargeConversion: "정지에 갈음한 과징금",
  };
  return provision ? (provisions[provision] ?? provision) : p;
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return <Choice label={label} checked={checked} onChange={onChange} />;
}

/** One provision of the 일반기준: on or off, its own fields, and its provenance. */
function ProvisionBox({
  title,
  value,
  onChange,
  path,
  errors,
  enable,
  children,
}: {
  title: string;
  value: Prov;
  onChange: (patch: Partial<Prov>) => void;
  path: string;
  errors: Errors;
  enable: string;
  children?: ReactNode;
}) {
  const id = useId();
  const sourceError = errors[`table.${path}.source`];
  const whole = errors[`table.${path}`];
  return (
    <fieldset className="disp-subform" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div className="app-form">
        <Check label={enable} checked={value.on} onChange={(on) => onChange({ on })} />
        {whole ? <p className="form-hint-invalid">{whole}</p> : null}
        {value.on ? (
          <>
            {children}
            <div className="disp-field-row">
              <TextField
                id={`${id}-source`}
                label={`${title} 출처`}
                placeholder="비우면 표의 출처"
                value={value.source}
                error={sourceError}
                onChange={(e) => onChange({ source: e.target.value })}
              />
            </div>
            <Check
              label="원문과 대조하여 확인함"
              checked={value.verified}
              onChange={(verified) => onChange({ verified })}
            />
          </>
        ) : null}
      </div>
    </fieldset>
  );
}

function SurchargeBox({
  form,
  set,
  errors,
}: {
  form: FormState;
  set: (patch: Partial<FormState>) => void;
  errors: Errors;
}) {
  const s = form.surcharge;
  const S = "table.provisions.surchargeConversion";
  const update = (patch: Partial<FormState["surcharge"]>) => set({ surcharge: { ...s, ...patch } });
  return (
    <ProvisionBox
      title="정지에 갈음한 과징금(선택)"
      value={s}
      onChange={update}
      path="provisions.surchargeConversion"
      errors={errors}
      enable="업무정지·사업정지를 과징금으로 바꿀 수 있습니다"
    >
      <fieldset className="disp-choices">
        <legend>바꿀 수 있는 정지</legend>
        <div className="disp-choices__items">
          {SUSPENSION_KINDS.map((k) => (
            <Check
              key={k}
              label={MEASURE_KIND_LABELS[k]}
              checked={s.kinds.includes(k)}
              onChange={(on) => update({ kinds: on ? [...s.kinds, k] : s.kinds.filter((x) => x !== k) })}
            />
          ))}
        </div>
        {errors[`${S}.suspensionKinds`] ? (
          <p className="form-hint-invalid">{errors[`${S}.suspensionKinds`]}</p>
        ) : null}
      </fieldset>
      <div className="disp-field-row">
        <TextField
          id="t-surcharge-days"
          label="정지 1개월의 일수"
          inputMode="numeric"
          value={s.daysPerMonth}
          error={errors[`${S}.daysPerMonth`]}
          onChange={(e) => update({ daysPerMonth: e.target.value })}
        />
        <SelectField
          id="t-surcharge-formula"
          label="산정 방식"
          options={[
            { value: "fixedPerDay", label: "1일당 정액" },
            { value: "dailyRevenueRate", label: "연간 매출액 기준 비율" },
            { value: "revenueBrackets", label: "연간 매출액 구간별 정액" },
          ]}
          value={s.formula}
          onChange={(e) => update({ formula: e.target.value as FormulaKind })}
        />
      </div>
      {s.formula === "fixedPerDay" ? (
        <TextField
          id="t-surcharge-wonPerDay"
          label="1일당 금액(원)"
          inputMode="numeric"
          value={s.wonPerDay}
          error={errors[`${S}.formula.wonPerDay`]}
          onChange={(e) => update({ wonPerDay: e.target.value })}
        />
      ) : null}
      {s.formula === "dailyRevenueRate" ? (
        <div className="disp-field-row">
          <TextField
            id="t-surcharge-rate"
            label="부과율"
            inputMode="decimal"
            hint="1일 매출액에 곱하는 비율. 예: 0.05"
            value={s.rate}
            error={errors[`${S}.formula.rate`]}
            onChange={(e) => update({ rate: e.target.value })}
          />
          <TextField
            id="t-surcharge-year"
            label="연간 일수"
            inputMode="numeric"
            value={s.daysInYear}
            error={errors[`${S}.formula.daysInYear`]}
            onChange={(e) => update({ daysInYear: e.target.value })}
          />
        </div>
      ) : null}
      {s.formula === "revenueBrackets" ? (
        <fieldset className="disp-choices">
          <legend>매출액 구간(작은 구간부터; 마지막 구간은 상한을 비울 수 있음)</legend>
          {s.brackets.map((b, i) => (
            <div key={b.key} className="disp-field-row">
              <TextField
                id={`t-bracket-${b.key}-upTo`}
                label={`구간 ${i + 1} 매출액 상한(원)`}
                inputMode="numeric"
                value={b.upToWon}
                error={errors[`${S}.formula.brackets.${i}.upToWon`] ?? errors[`${S}.formula.brackets.${i}`]}
                onChange={(e) =>
                  update({
                    brackets: s.brackets.map((x) =>
                      x.key === b.key ? { ...x, upToWon: e.target.value } : x,
                    ),
                  })
                }
              />
              <TextField
                id={`t-bracket-${b.key}-won`}
                label={`구간 ${i + 1} 1일당 금액(원)`}
                inputMode="numeric"
                value={b.wonPerDay}
                error={errors[`${S}.formula.brackets.${i}.wonPerDay`]}
                onChange={(e) =>
                  update({
                    brackets: s.brackets.map((x) =>
                      x.key === b.key ? { ...x, wonPerDay: e.target.value } : x,
                    ),
                  })
                }
              />
            </div>
          ))}
          <div className="app-button-row">
            <button
              type="button"
              className="krds-btn small secondary"
              onClick={() =>
                update({
                  brackets: [
                    ...s.brackets,
                    { key: Math.max(0, ...s.brackets.map((x) => x.key)) + 1, upToWon: "", wonPerDay: "" },
                  ],
                })
              }
            >
              구간 추가
            </button>
            {s.brackets.length > 1 ? (
              <button
                type="button"
                className="krds-btn small tertiary"
                onClick={() => update({ brackets: s.brackets.slice(0, -1) })}
              >
                마지막 구간 삭제
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : null}
      <div className="disp-field-row">
        <TextField
          id="t-surcharge-max"
          label="과징금 상한(원, 선택)"
          inputMode="numeric"
          value={s.maxAmountWon}
          error={errors[`${S}.maxAmountWon`]}
          onChange={(e) => update({ maxAmountWon: e.target.value })}
        />
        <TextField
          id="t-surcharge-round"
          label="끝수 단위(원)"
          inputMode="numeric"
          hint="이 단위 미만은 버립니다. 1이면 원 단위"
          value={s.roundDownToWon}
          error={errors[`${S}.roundDownToWon`]}
          onChange={(e) => update({ roundDownToWon: e.target.value })}
        />
      </div>
      <TextField
        id="t-surcharge-excluded"
        label="과징금으로 바꿀 수 없는 위반 코드(선택)"
        placeholder="예: ELD-3가, ELD-3나"
        value={s.excludedCodes}
        error={errors[`${S}.excludedCodes`]}
        onChange={(e) => update({ excludedCodes: e.target.value })}
      />
    </ProvisionBox>
  );
}

function RowFields({
  index,
  row,
  errors,
  removable,
  onChange,
  onRemove,
}: {
  index: number;
  row: RowDraft;
  errors: Errors;
  removable: boolean;
  onChange: (patch: Partial<RowDraft>) => void;
  onRemove: () => void;
}) {
  const id = `t-row-${row.key}`;
  const titleId = useId();
  const e = (field: string) => errors[`table.rows.${index}.${field}`];
  return (
    <fieldset className="disp-violation" aria-labelledby={titleId} data-testid={`ladder-row-${index}`}>
      <div className="disp-violation__head">
        <p id={titleId} className="disp-violation__title">
          개별기준 {index + 1}
        </p>
        {removable ? (
          <button type="button" className="krds-btn small tertiary" onClick={onRemove}>
            삭제<span className="sr-only"> (개별기준 {index + 1})</span>
          </button>
        ) : null}
      </div>
      <div className="app-form">
        <div className="disp-field-row">
          <TextField
            id={`${id}-code`}
            label="위반 코드"
            placeholder="예: ELD-1가"
            value={row.code}
            error={e("code")}
            onChange={(ev) => onChange({ code: ev.target.value })}
          />
          <TextField
            id={`${id}-item`}
            label="항목 위치"
            placeholder="예: 2. 개별기준 가목"
            value={row.item}
            error={e("item")}
            onChange={(ev) => onChange({ item: ev.target.value })}
          />
          <TextField
            id={`${id}-article`}
            label="근거 법조문"
            placeholder="예: 노인복지법 제43조제1항제1호"
            value={row.article}
            error={e("article")}
            onChange={(ev) => onChange({ article: ev.target.value })}
          />
        </div>
        <TextField
          id={`${id}-violation`}
          label="위반행위"
          value={row.violation}
          error={e("violation")}
          onChange={(ev) => onChange({ violation: ev.target.value })}
        />
        <div className="disp-field-row">
          {row.steps.map((step, j) => (
            <TextField
              // biome-ignore lint/suspicious/noArrayIndexKey: the four steps are fixed positions
              key={j}
              id={`${id}-step-${j}`}
              label={`${j + 1}차 처분`}
              placeholder={j === 0 ? "예: 업무정지 3개월" : "없으면 비움"}
              value={step}
              error={e(`steps.${j}`)}
              onChange={(ev) => {
                const steps = [...row.steps] as RowDraft["steps"];
                steps[j] = ev.target.value;
                onChange({ steps });
              }}
            />
          ))}
        </div>
        <div className="disp-field-row">
          <TextField
            id={`${id}-source`}
            label="개별기준 출처"
            placeholder="비우면 표의 출처"
            value={row.source}
            error={e("source")}
            onChange={(ev) => onChange({ source: ev.target.value })}
          />
        </div>
        <Check
          label="원문과 대조하여 확인함"
          checked={row.verified}
          onChange={(verified) => onChange({ verified })}
        />
      </div>
    </fieldset>
  );
}
