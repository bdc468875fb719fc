import {
  type AddressRegion,
  addressPrefix,
  changeReasonError,
  EDITABLE_FIELDS,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_STATUSES,
  koreaToday,
  normalizeRegisterValue,
  OPERATOR_KIND_LABELS,
  OPERATOR_KINDS,
  POSTAL_PREFIXES_BY_SIDO,
  postalCodeError,
  postalRangeLabel,
  REGISTER_FIELD_LABELS,
  type RegisterField,
  type RegisterFields,
  roadAddressError,
  validateRegister,
} from "@ssis/domain";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "../api/problem";
import { useInstitutionTypes, useRegions } from "../api/reference";
import type { RegisterCreateInput, RegisterInput, RegisterRecord } from "../api/register";
import { useUser } from "../auth/useSession";
import { sidoChoices, sigunguChoices } from "../lib/regions";
import { describedBy, FieldShell, LimitedTextarea, SelectField, TextField } from "./FormField";

/** The form's values: what the user typed, as strings, kept as typed when the server refuses them. */
export type Draft = Record<RegisterField | "currentUsers" | "reason" | "statusEffectiveOn" | "sido", string>;

export const EMPTY_DRAFT: Draft = {
  name: "",
  typeCode: "",
  sido: "",
  sigunguCode: "",
  roadAddress: "",
  addressDetail: "",
  postalCode: "",
  phone: "",
  fax: "",
  email: "",
  homepage: "",
  businessNo: "",
  operatorKind: "corporation",
  operatorName: "",
  corporationNo: "",
  headName: "",
  headAppointedOn: "",
  capacity: "",
  openedOn: "",
  closedOn: "",
  status: "operating",
  currentUsers: "",
  reason: "",
  statusEffectiveOn: "",
};

const nullable = (v: string) => (v.trim() === "" ? null : v.trim());
const count = (v: string) => (v.trim() === "" ? null : Number(v));

/** Draft → request body, only for the named fields. */
export function toInput(draft: Draft, fields: readonly (keyof Draft)[]): RegisterInput {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = draft[f];
    if (f === "capacity" || f === "currentUsers") out[f] = count(v);
    else if (f === "name" || f === "roadAddress" || f === "operatorName" || f === "typeCode")
      out[f] = v.trim();
    else if (f === "operatorKind" || f === "status" || f === "sigunguCode") out[f] = v;
    else if (f === "statusEffectiveOn") {
      if (v) out[f] = v;
    } else if (f !== "sido") out[f] = nullable(v);
  }
  return out as RegisterInput;
}

/** The fields of a new institution, in the order of the form. */
export const CREATE_FIELDS: readonly (keyof Draft)[] = [
  "name",
  "typeCode",
  "sigunguCode",
  "roadAddress",
  "addressDetail",
  "postalCode",
  "phone",
  "fax",
  "email",
  "homepage",
  "businessNo",
  "operatorKind",
  "operatorName",
  "corporationNo",
  "headName",
  "headAppointedOn",
  "capacity",
  "currentUsers",
  "openedOn",
];

/**
 * Draft → a new institution's body: every field, as typed (an empty 기관명 is sent as "" and answered beside
 * its field with the others at once, 422).
 */
export function toCreateInput(draft: Draft): RegisterCreateInput {
  return {
    name: draft.name.trim(),
    typeCode: draft.typeCode.trim(),
    sigunguCode: draft.sigunguCode,
    roadAddress: draft.roadAddress.trim(),
    addressDetail: nullable(draft.addressDetail),
    postalCode: nullable(draft.postalCode),
    phone: nullable(draft.phone),
    fax: nullable(draft.fax),
    email: nullable(draft.email),
    homepage: nullable(draft.homepage),
    businessNo: nullable(draft.businessNo),
    operatorKind: OPERATOR_KINDS.find((k) => k === draft.operatorKind) ?? "corporation",
    operatorName: draft.operatorName.trim(),
    corporationNo: nullable(draft.corporationNo),
    headName: nullable(draft.headName),
    headAppointedOn: nullable(draft.headAppointedOn),
    capacity: count(draft.capacity),
    currentUsers: count(draft.currentUsers),
    openedOn: nullable(draft.openedOn),
    reason: nullable(draft.reason),
  };
}

interface FieldsProps {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Readonly<Record<string, string>>;
  /** which fields are shown (in this order of groups) */
  show: (f: keyof Draft) => boolean;
  /** a mark beside a field's label, e.g. "변경신청" */
  mark?: (f: RegisterField) => ReactNode;
  /** the 시군구 can be chosen (registration only) */
  chooseRegion?: boolean;
}

/** The register's fields in three groups (기본 사항, 운영 주체·시설장, 연락처), shared by the forms. */
export function RegisterFieldsForm({ draft, set, errors, show, mark, chooseRegion }: FieldsProps) {
  const user = useUser();
  const regions = useRegions();
  const types = useInstitutionTypes();
  const regionItems = regions.data ?? [];
  const sidoOptions = sidoChoices(regionItems, user.scope);
  const sido = sidoOptions.length === 1 ? (sidoOptions[0]?.value ?? "") : draft.sido;
  const sigunguOptions = sigunguChoices(regionItems, user.scope, sido);
  const onlySigungu = sigunguOptions.length === 1 ? (sigunguOptions[0]?.value ?? "") : "";
  const regionOf = (code: string): AddressRegion | null => {
    const r = regionItems.find((x) => x.level === "sigungu" && x.code5 === code);
    return r ? { sidoName: r.sidoName, sigunguName: r.sigunguName ?? null } : null;
  };
  const region = draft.sigunguCode ? regionOf(draft.sigunguCode) : null;
  // No 도로명주소 search works without the internet (행정망), so the address is typed: start it with the
  // chosen 시군구, and check its shape and the 우편번호 with the server's own rules as soon as a field is left.
  const chooseSigungu = (code: string) => {
    const previous = draft.sigunguCode ? regionOf(draft.sigunguCode) : null;
    const next = code ? regionOf(code) : null;
    const typed = draft.roadAddress.trim();
    const untouched = typed === "" || (previous && `${typed} ` === addressPrefix(previous));
    set({ sigunguCode: code, ...(untouched ? { roadAddress: next ? addressPrefix(next) : "" } : {}) });
  };
  // A 시군구 official registers only in their own 시군구: choose it for them.
  useEffect(() => {
    if (!chooseRegion || !onlySigungu || draft.sigunguCode) return;
    const only = regionItems.find((x) => x.level === "sigungu" && x.code5 === onlySigungu);
    set({
      sigunguCode: onlySigungu,
      ...(only && !draft.roadAddress.trim()
        ? { roadAddress: addressPrefix({ sidoName: only.sidoName, sigunguName: only.sigunguName ?? null }) }
        : {}),
    });
  }, [chooseRegion, onlySigungu, draft.sigunguCode, draft.roadAddress, regionItems, set]);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (f: RegisterField) => setLeft((s) => new Set(s).add(f));
  const localError = (f: RegisterField): string | null => {
    if (!left.has(f)) return null;
    const value = draft[f].trim();
    if (f === "roadAddress") {
      const prefixOnly = region && `${value} ` === addressPrefix(region);
      return value && !prefixOnly ? roadAddressError(value, region) : null;
    }
    if (f === "postalCode" && value && /^\d{5}$/.test(draft.sigunguCode))
      return postalCodeError(value, draft.sigunguCode);
    return null;
  };
  const sidoOfRegion = draft.sigunguCode ? POSTAL_PREFIXES_BY_SIDO[draft.sigunguCode.slice(0, 2)] : undefined;
  const addressHints: Partial<Record<RegisterField, string>> = {
    roadAddress: "예: 서울특별시 종로구 세종대로 209 — 동·층·호수는 상세주소에 적습니다.",
    postalCode: sidoOfRegion
      ? `${sidoOfRegion.name}의 우편번호: ${postalRangeLabel(draft.sigunguCode)}`
      : "숫자 5자리(예: 03154)",
  };
  const typeOptions = (types.data ?? []).map((t) => ({
    value: t.code,
    label: `${t.field} · ${t.typeName} (${t.residential})`,
  }));
  const label = (f: RegisterField, suffix = "") => `${REGISTER_FIELD_LABELS[f]}${suffix}`;
  const text = (f: RegisterField, props: Record<string, unknown> = {}) => {
    if (!show(f)) return null;
    const marked = mark?.(f);
    const hint = addressHints[f];
    return (
      <TextField
        id={`f-${f}`}
        name={f}
        label={label(f)}
        value={draft[f]}
        error={localError(f) ?? errors[f]}
        hint={
          marked && hint ? (
            <>
              {marked} {hint}
            </>
          ) : (
            (marked ?? hint)
          )
        }
        onChange={(e) => set({ [f]: e.target.value })}
        onBlur={() => leave(f)}
        {...props}
      />
    );
  };

  return (
    <>
      <fieldset className="app-section">
        <legend className="app-section-title">기본 사항</legend>
        <div className="app-filter__grid">
          {text("name", { required: true, maxLength: 100 })}
          {show("typeCode") ? (
            <SelectField
              id="f-typeCode"
              name="typeCode"
              label={label("typeCode")}
              options={typeOptions}
              placeholder="선택하세요"
              value={draft.typeCode}
              error={errors.typeCode}
              hint={mark?.("typeCode")}
              onChange={(e) => set({ typeCode: e.target.value })}
            />
          ) : null}
          {chooseRegion ? (
            <>
              <SelectField
                id="f-sido"
                label="시도"
                options={sidoOptions}
                placeholder={sidoOptions.length === 1 ? undefined : "선택하세요"}
                value={sido}
                onChange={(e) => set({ sido: e.target.value, sigunguCode: "" })}
              />
              <SelectField
                id="f-sigunguCode"
                name="sigunguCode"
                label="시군구"
                options={sigunguOptions}
                placeholder="선택하세요"
                value={draft.sigunguCode}
                error={errors.sigunguCode}
                disabled={!sido}
                onChange={(e) => chooseSigungu(e.target.value)}
              />
            </>
          ) : null}
          {text("roadAddress", { required: true, maxLength: 200, groupClassName: "app-grid-wide" })}
          {text("addressDetail", { maxLength: 100 })}
          {text("postalCode", { inputMode: "numeric", maxLength: 5, placeholder: "예: 03154" })}
          {text("capacity", { type: "number", min: 0, inputMode: "numeric" })}
          {show("currentUsers") ? (
            <TextField
              id="f-currentUsers"
              label="현원"
              type="number"
              min={0}
              value={draft.currentUsers}
              error={errors.currentUsers}
              onChange={(e) => set({ currentUsers: e.target.value })}
            />
          ) : null}
          {text("openedOn", { type: "date" })}
          {text("businessNo", { inputMode: "numeric", placeholder: "예: 123-45-67890" })}
          {show("status") ? (
            <SelectField
              id="f-status"
              name="status"
              label={label("status")}
              options={INSTITUTION_STATUSES.map((s) => ({ value: s, label: INSTITUTION_STATUS_LABELS[s] }))}
              value={draft.status}
              error={errors.status}
              hint={mark?.("status")}
              onChange={(e) => set({ status: e.target.value })}
            />
          ) : null}
          {show("statusEffectiveOn") ? (
            <TextField
              id="f-statusEffectiveOn"
              label="상태 변경일"
              type="date"
              value={draft.statusEffectiveOn}
              error={errors.statusEffectiveOn}
              hint="비워 두면 오늘 날짜로 처리합니다."
              onChange={(e) => set({ statusEffectiveOn: e.target.value })}
            />
          ) : null}
        </div>
      </fieldset>
      <fieldset className="app-section">
        <legend className="app-section-title">운영 주체·시설장</legend>
        <div className="app-filter__grid">
          {show("operatorKind") ? (
            <SelectField
              id="f-operatorKind"
              name="operatorKind"
              label={label("operatorKind")}
              options={OPERATOR_KINDS.map((k) => ({ value: k, label: OPERATOR_KIND_LABELS[k] }))}
              value={draft.operatorKind}
              error={errors.operatorKind}
              hint={mark?.("operatorKind")}
              onChange={(e) => set({ operatorKind: e.target.value })}
            />
          ) : null}
          {text("operatorName", { required: true, maxLength: 100 })}
          {text("corporationNo", { inputMode: "numeric", placeholder: "예: 110111-1234567" })}
          {text("headName", { maxLength: 50 })}
          {text("headAppointedOn", { type: "date" })}
        </div>
      </fieldset>
      <fieldset className="app-section">
        <legend className="app-section-title">연락처</legend>
        <div className="app-filter__grid">
          {text("phone", { type: "tel", placeholder: "예: 02-1234-5678" })}
          {text("fax", { type: "tel" })}
          {text("email", { type: "email" })}
          {text("homepage", { type: "url", placeholder: "https://" })}
        </div>
      </fieldset>
    </>
  );
}

/** A required reason (사유) box, shown when a legally significant field changes. */
export function ReasonField({
  value,
  onChange,
  error,
  label,
  hint,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
  label: string;
  hint: ReactNode;
}) {
  return (
    <FieldShell id="f-reason" label={label} hint={hint} error={error}>
      <LimitedTextarea
        id="f-reason"
        name="reason"
        className="krds-input"
        rows={3}
        maxLength={500}
        required
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("f-reason", hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function draftOf(record: RegisterRecord): Draft {
  const d: Draft = { ...EMPTY_DRAFT };
  for (const f of EDITABLE_FIELDS) {
    const v = record[f];
    d[f] = v === null || v === undefined ? "" : String(v);
  }
  d.sigunguCode = record.sigunguCode;
  return d;
}

/** The fields whose value in the form differs from the register. */
export function changedOf(draft: Draft, original: Draft): RegisterField[] {
  return EDITABLE_FIELDS.filter((f) => draft[f].trim() !== original[f].trim());
}

/** Labels of the form's fields, for the error summary. */
export const FORM_FIELD_LABELS: Readonly<Record<string, string>> = {
  ...REGISTER_FIELD_LABELS,
  reason: "변경 사유",
  statusEffectiveOn: "상태 변경일",
  currentUsers: "현원",
};

/**
 * Every error of a change at once, by the rules the server applies (packages/domain), before anything is
 * sent: a missing reason no longer hides a negative 정원 or a wrong e-mail until the next save. What only the
 * server knows (a pending request on the same field, a type's existence) still comes back from it.
 */
export function changeErrors(input: {
  record: RegisterRecord;
  draft: Draft;
  changed: readonly RegisterField[];
  portal: "official" | "provider";
  /** whether a type is residential (생활시설), for 정원 ≥ 현원; undefined when unknown */
  residentialOf: (typeCode: string) => boolean | undefined;
}): Record<string, string> {
  const { record, draft, changed, portal } = input;
  const next: Record<string, unknown> = { ...record };
  for (const f of changed) next[f] = normalizeRegisterValue(f, draft[f]);
  const residential = changed.includes("typeCode")
    ? (input.residentialOf(draft.typeCode) ?? record.residential)
    : record.residential;
  const errors: Record<string, string> = {};
  for (const e of validateRegister(
    next as unknown as RegisterFields,
    {
      today: koreaToday(),
      residential,
      currentUsers: record.currentUsers,
      region: { sidoName: record.sidoName, sigunguName: record.sigunguName || null },
    },
    changed,
  ))
    errors[e.field] ??= e.message;
  const reason = changeReasonError(portal, changed, draft.reason);
  if (reason) errors.reason = reason.message;
  return errors;
}

/** Whether a type is residential (생활시설), from the reference list; undefined while unknown. */
export const residentialOf =
  (types: readonly { code: string; residential: string }[] | undefined) =>
  (code: string): boolean | undefined => {
    const type = types?.find((t) => t.code === code);
    return type ? type.residential === "생활" : undefined;
  };

/**
 * A change form of the register (기관 정보 변경, both portals): the draft from the record, the fields changed
 * (of those the portal may change), every error at once by the server's rules before sending (`check`), and
 * the server's own answer merged in. Typing in a field clears its error.
 */
export function useRegisterChange({
  record,
  portal,
  answer,
  only = () => true,
}: {
  record: RegisterRecord;
  portal: "official" | "provider";
  /** the change request's state: its error, and the reset that forgets it */
  answer: { error: unknown; reset: () => void };
  only?: (f: RegisterField) => boolean;
}) {
  const original = useRef(draftOf(record)).current;
  const [draft, setDraft] = useState<Draft>(original);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const types = useInstitutionTypes();
  const set = useCallback((patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setChecked((c) => Object.fromEntries(Object.entries(c).filter(([field]) => !(field in patch))));
  }, []);
  const changed = changedOf(draft, original).filter(only);
  const errors = { ...(isApiError(answer.error) ? answer.error.fieldErrors : {}), ...checked };
  /** Shows every error of the change; true when there is none and it may be sent. */
  const check = () => {
    const found = changeErrors({ record, draft, changed, portal, residentialOf: residentialOf(types.data) });
    setChecked(found);
    if (Object.keys(found).length === 0) return true;
    answer.reset();
    return false;
  };
  return { draft, set, errors, changed, check };
}
