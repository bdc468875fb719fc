import { FIELD_LABELS } from "@ssis/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrors, type Problem } from "../../test/api-types.ts";
import { createTestApp, type TestApp, type TestClient } from "../../test/helpers.ts";
import { type OpenApiDocument, operationsOf, type Schema } from "../../test/openapi-requests.ts";

let t: TestApp;
let jongno: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  jongno = await t.login("gu.jongno");
});
afterAll(() => t.close());

describe("validation messages", () => {
  it("name the field by its Korean label, once per field (점검계획 연도 1999)", async () => {
    const r = await jongno.post("/api/official/inspection-plans", {
      title: "연간 점검",
      planYear: 1999,
      kind: "regular",
    });
    expect(r.statusCode).toBe(400);
    const errors = r.json<Problem>().errors ?? [];
    expect(errors.filter((e) => e.field === "planYear")).toEqual([
      { field: "planYear", message: "점검 연도는 2000 이상이어야 합니다." },
    ]);
    for (const e of errors) expect(e.message).not.toMatch(/number|string|이\(가\)|을\(를\)/);
  });

  it("say what is missing and what type is wanted in Korean", async () => {
    const r = await jongno.post("/api/official/inspection-plans", { planYear: "많이" });
    const byField = fieldErrors(r.json());
    expect(byField.planYear).toBe("점검 연도는 숫자로 입력하세요.");
    expect(byField.title).toBe("계획 제목을 입력하세요.");
  });

  it("refuse a NUL character anywhere with a 400 naming the field", async () => {
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "gu.\u0000jongno", password: "x" },
    });
    expect(login.statusCode).toBe(400);
    expect(login.json().errors).toEqual([
      { field: "username", message: "아이디에 사용할 수 없는 제어 문자가 들어 있습니다." },
    ]);
    const query = await jongno.get("/api/official/institutions?q=%00");
    expect(query.statusCode).toBe(400);
    expect(query.json().errors[0].field).toBe("querystring.q");
  });

  it("refuse a version past PostgreSQL's integer with a 400, in the body or If-Match", async () => {
    const list = (await jongno.get("/api/official/institutions?limit=1")).json();
    const id = list.items[0].id as string;
    const body = await jongno.patch(`/api/official/institutions/${id}`, {
      phone: "02-000-0000",
      version: 2_147_483_648,
    });
    expect(body.statusCode).toBe(400);
    const header = await jongno.patch(
      `/api/official/institutions/${id}`,
      { phone: "02-000-0000" },
      { "if-match": '"2147483648"' },
    );
    expect(header.statusCode).toBe(400);
    expect(header.json().errors[0].field).toBe("version");
  });

  it("answer an id past 100 characters like any other bad id, in Korean", async () => {
    const r = await jongno.patch(`/api/official/institutions/${"x".repeat(150)}`, { phone: "02-000-0000" });
    expect(r.statusCode).toBe(400);
    expect(r.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(r.json().errors[0].message).toBe("주소의 식별자가 올바르지 않습니다.");
  });

  it("have a Korean label for every field the API takes", async () => {
    const doc: OpenApiDocument = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const names = new Set<string>();
    const walk = (s: Schema | undefined) => {
      if (!s) return;
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        names.add(k);
        walk(v);
      }
      walk(s.items);
      for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt);
    };
    for (const { op } of operationsOf(doc)) {
      for (const p of op.parameters ?? []) names.add(p.name);
      for (const c of Object.values(op.requestBody?.content ?? {})) walk(c.schema);
    }
    expect([...names].filter((n) => !FIELD_LABELS[n])).toEqual([]);
  });
});
