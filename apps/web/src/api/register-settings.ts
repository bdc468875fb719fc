/**
 * 등록부 설정 (system administrator): values no statute fixes, such as the change-request deadline.
 * Checked by openapi-fetch against `paths` in ./schema.d.ts (`npm run openapi`).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import type { Res } from "./openapi";

export type RegisterSetting = Res<"/api/admin/register-settings", "get">["items"][number];

export const registerSettingKeys = { all: ["admin", "register-settings"] as const };

export const listRegisterSettings = async (signal?: AbortSignal) =>
  (await unwrap(api.GET("/api/admin/register-settings", { signal }))).items;

/** The version is the one the administrator saw: a change by someone else in between answers 409. */
export const updateRegisterSetting = (key: string, value: number, version: number) =>
  unwrap(
    api.PUT("/api/admin/register-settings/{key}", {
      params: { path: { key } },
      body: { value, version },
    }),
  );

export function useRegisterSettings() {
  return useQuery({
    queryKey: registerSettingKeys.all,
    queryFn: ({ signal }) => listRegisterSettings(signal),
    staleTime: 0,
  });
}

export function useUpdateRegisterSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value, version }: { key: string; value: number; version: number }) =>
      updateRegisterSetting(key, value, version),
    // after a refusal too: a 409 means someone else changed it, and the form should show their value
    onSettled: () => client.invalidateQueries({ queryKey: registerSettingKeys.all }),
  });
}
