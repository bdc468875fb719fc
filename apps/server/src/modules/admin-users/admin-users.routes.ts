import { z } from "zod";
import { problem } from "../../platform/errors.ts";
import { type App, asActor, expectedVersion, sendWithVersion } from "../../platform/http.ts";
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

const tags = ["사용자 관리"];
const policy = { access: "roles", roles: ACCOUNT_ADMINS, scope: "system" } as const;
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };

export function registerAdminUserRoutes(app: App) {
  app.get(
    "/api/admin/users",
    {
      config: { policy },
      schema: {
        tags,
        summary: "사용자 목록",
        querystring: userListQuery,
        response: { 200: userPage, ...errors },
      },
    },
    (request) => asActor(request, (ctx) => service.listUsers(ctx, request.query)),
  );

  app.post(
    "/api/admin/users",
    {
      config: { policy },
      schema: {
        tags,
        summary: "사용자 등록(Idempotency-Key 지원)",
        body: createUserBody,
        response: { 201: adminUser, ...errors, 409: problem, 422: problem },
      },
    },
    async (request, reply) => {
      const created = await asActor(request, (ctx) => service.createUser(ctx, request.body));
      reply.code(201);
      return sendWithVersion(reply, created);
    },
  );

  app.patch(
    "/api/admin/users/:id",
    {
      config: { policy },
      schema: {
        tags,
        summary: "사용자 정보 수정(If-Match 또는 version 필수)",
        params: userIdParams,
        body: updateUserBody,
        response: { 200: adminUser, ...errors, 409: problem, 428: problem },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request, request.body.version);
      const updated = await asActor(request, (ctx) =>
        service.updateUser(ctx, request.params.id, request.body, version),
      );
      return sendWithVersion(reply, updated);
    },
  );

  app.post(
    "/api/admin/users/:id/unlock",
    {
      config: { policy },
      schema: {
        tags,
        summary: "계정 잠금 해제",
        params: userIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await asActor(request, (ctx) => service.unlockUser(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/admin/users/:id/reset-password",
    {
      config: { policy },
      schema: {
        tags,
        summary: "비밀번호 초기화: 새 초기 비밀번호를 정하고 잠금을 풀며, 사용자는 다음 로그인 때 바꿔야 함",
        params: userIdParams,
        body: passwordResetBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await asActor(request, (ctx) => service.resetUserPassword(ctx, request.params.id, request.body));
      return reply.code(204).send(null);
    },
  );
}
