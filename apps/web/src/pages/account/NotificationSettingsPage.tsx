import { type FormEvent, useState } from "react";
import {
  type NotificationPreferenceKind,
  type PreferenceChange,
  usePreferences,
  useSavePreferences,
} from "../../api/notifications";
import { isApiError } from "../../api/problem";
import { useUser } from "../../auth/useSession";
import { Alert } from "../../components/Alert";
import { ErrorSummary } from "../../components/ErrorSummary";
import { ProblemAlert, SubmitButton } from "../../components/FormSection";
import { Check } from "../../components/InspectionParts";
import { Loading } from "../../components/Loading";
import { DataTable } from "../../components/list/DataTable";
import { NOTIFICATIONS_PATH } from "../../components/NotificationParts";
import { PageHeader } from "../../components/PageHeader";
import { QueryError } from "../../components/QueryError";
import { portalPath } from "../../navigation/access";

type Channel = PreferenceChange["channel"];
const CHANNELS: { channel: Channel; label: string }[] = [
  { channel: "email", label: "전자우편" },
  { channel: "sms", label: "문자" },
];

const cellId = (kind: string, channel: Channel) => `pref-${kind}-${channel}`;

/** Every kind × channel as the server takes it, in the table's order (the server names errors by index). */
function changesOf(kinds: readonly NotificationPreferenceKind[], choice: Record<string, boolean>) {
  return kinds.flatMap((k) =>
    CHANNELS.map(({ channel }) => ({
      kind: k.kind,
      channel,
      enabled: choice[cellId(k.kind, channel)] ?? k[channel].enabled,
    })),
  );
}

/** 알림 설정: per kind, whether it also comes by 전자우편 and 문자 (알림함 always); one save, every error at once. */
export function NotificationSettingsPage() {
  const user = useUser();
  const prefs = usePreferences();
  const save = useSavePreferences();
  // What the user changed, by cell; the rest is what the server holds.
  const [choice, setChoice] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const data = prefs.data;
  const labels: Record<string, string> = {};
  for (const k of data?.kinds ?? [])
    for (const { channel, label } of CHANNELS) labels[cellId(k.kind, channel)] = `${k.label} ${label}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!data) return;
    const changes = changesOf(data.kinds, choice);
    setErrors({});
    setProblem(null);
    setSaved(false);
    save.mutate(
      { preferences: changes },
      {
        onSuccess: () => {
          setChoice({});
          setSaved(true);
        },
        onError: (error) => {
          if (!isApiError(error)) {
            setProblem("저장하지 못했습니다. 잠시 후 다시 시도하세요.");
            return;
          }
          // "preferences.3.enabled" → the cell of the fourth change sent.
          const found: Record<string, string> = {};
          for (const [field, message] of Object.entries(error.fieldErrors)) {
            const change = changes[Number(field.split(".")[1])];
            if (change) found[cellId(change.kind, change.channel)] = message;
          }
          setErrors(found);
          setProblem(Object.keys(found).length > 0 ? null : error.detail);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title="알림 설정"
        breadcrumbs={[
          { label: "홈", to: portalPath(user.zone) },
          { label: "알림", to: NOTIFICATIONS_PATH },
        ]}
        description={
          <p>
            모든 알림은 화면 위의 알림함(종 모양)에 남습니다. 전자우편이나 문자로도 받을 알림을 고르세요.
            법령에 따라 반드시 보내는 알림은 끌 수 없습니다.
          </p>
        }
      />
      {prefs.isPending ? <Loading label="알림 설정을 불러오는 중입니다." /> : null}
      {prefs.isError ? <QueryError error={prefs.error} onRetry={() => void prefs.refetch()} /> : null}
      {data ? (
        <form onSubmit={submit} noValidate>
          <section className="app-section" aria-labelledby="pref-contact">
            <h2 id="pref-contact" className="app-section-title">
              받는 곳
            </h2>
            <dl className="app-contact" data-testid="pref-contact">
              <dt>전자우편</dt>
              <dd>{data.emailAddress ?? "등록된 전자우편 주소가 없습니다. 관리자에게 등록을 요청하세요."}</dd>
              <dt>문자</dt>
              <dd>{data.phoneNumber ?? "등록된 휴대전화 번호가 없습니다. 관리자에게 등록을 요청하세요."}</dd>
            </dl>
          </section>
          <section className="app-section" aria-labelledby="pref-kinds">
            <h2 id="pref-kinds" className="app-section-title">
              알림 종류별 수신 방법
            </h2>
            {saved ? <Alert tone="success">알림 설정을 저장했습니다.</Alert> : null}
            <ProblemAlert problem={problem} />
            <ErrorSummary errors={errors} labels={labels} idOf={(field) => field} />
            <DataTable
              label="알림 종류별 수신 방법 표"
              caption="알림 종류별 수신 방법: 알림 종류, 알림함, 전자우편, 문자"
              columns={[
                "알림 종류",
                { header: "알림함", className: "app-check-cell" },
                ...CHANNELS.map(({ label }) => ({ header: label, className: "app-check-cell" })),
              ]}
              testId="preference-table"
            >
              {data.kinds.map((k) => (
                <tr key={k.kind}>
                  <th scope="row">{k.label}</th>
                  <td className="app-check-cell app-muted">항상</td>
                  {CHANNELS.map(({ channel, label }) => {
                    const id = cellId(k.kind, channel);
                    const pref = k[channel];
                    const error = errors[id];
                    return (
                      <td key={channel} className="app-check-cell">
                        <Check
                          id={id}
                          hideLabel
                          label={`${k.label} ${label}${pref.required ? "(법령에 따라 필수)" : ""}`}
                          checked={choice[id] ?? pref.enabled}
                          disabled={pref.required}
                          describedBy={error ? `${id}-error` : undefined}
                          onChange={(on) => {
                            setChoice((c) => ({ ...c, [id]: on }));
                            setSaved(false);
                            setErrors((all) =>
                              Object.fromEntries(Object.entries(all).filter(([f]) => f !== id)),
                            );
                          }}
                        />
                        {pref.required ? <span className="app-muted">필수</span> : null}
                        {error ? (
                          <p className="form-hint-invalid" id={`${id}-error`}>
                            {error}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </DataTable>
            <div className="app-button-row app-section">
              <SubmitButton pending={save.isPending} pendingLabel="저장 중…">
                저장
              </SubmitButton>
            </div>
          </section>
        </form>
      ) : null}
    </>
  );
}
