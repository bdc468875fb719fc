import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { type App, asActor } from "../../platform/http.ts";
import { rolePolicy } from "../../platform/policy.ts";
import { routeGroup, sendCreated, sendUpdated } from "../../platform/routes.ts";
import { ACCOUNT_ADMINS } from "./admin-users.policy.ts";
import {
  adminUser,
  createUserBody,
  passwordResetBody,
  updateUserBody,
  userIdParams,
  userListQuery,
  userPage,
} from "./admin-users.schemas.ts";
import * as service from "./admin-users.service.ts";

export function registerAdminUserRoutes(app: App) {
  const routes = routeGroup(app, {
    tags: ["사용자 관리"],
    policy: rolePolicy(ACCOUNT_ADMINS, "system"),
  });

  routes.get(
    "/api/admin/users",
    { summary: "사용자 목록", querystring: userListQuery, response: { 200: userPage } },
    (request) => asActor(request, (ctx) => service.listUsers(ctx, request.query)),
  );

  routes.post(
    "/api/admin/users",
    {
      summary: "사용자 등록(Idempotency-Key 지원)",
      body: createUserBody,
      response: { 201: adminUser, 409: problem, 422: problem },
    },
    (request, reply) => sendCreated(request, reply, (ctx) => service.createUser(ctx, request.body)),
  );

  routes.patch(
    "/api/admin/users/:id",
    {
      summary: "사용자 정보 수정(If-Match 또는 version 필수)",
      params: userIdParams,
      body: updateUserBody,
      response: { 200: adminUser, 409: problem, 428: problem },
    },
    (request, reply) =>
      sendUpdated(request, reply, request.body.version, (ctx, version) =>
        service.updateUser(ctx, request.params.id, request.body, version),
      ),
  );

  routes.post(
    "/api/admin/users/:id/unlock",
    { summary: "계정 잠금 해제", params: userIdParams, response: { 204: z.null() } },
    async (request, reply) => {
      await asActor(request, (ctx) => service.unlockUser(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  routes.post(
    "/api/admin/users/:id/reset-password",
    {
      summary: "비밀번호 초기화: 새 초기 비밀번호를 정하고 잠금을 풀며, 사용자는 다음 로그인 때 바꿔야 함",
      params: userIdParams,
      body: passwordResetBody,
      response: { 204: z.null() },
    },
    async (request, reply) => {
      await asActor(request, (ctx) => service.resetUserPassword(ctx, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );
}
