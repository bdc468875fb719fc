/**
 * The one way the web reads API shapes: from `paths` in ./schema.d.ts, which `npm run openapi` generates from
 * the server's route schemas. Every request and response type in ./<module>.ts is written with these, so a
 * change on the server shows here as a type error. Read by path and method, not by operation or component
 * name, so renaming operations leaves the screens alone.
 */
import type { paths } from "./schema";

export type { paths };

/** One operation of the generated paths. */
export type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : never;

/** The JSON body of a success (200, else 201) response. */
export type Res<P extends keyof paths, M extends keyof paths[P]> =
  Op<P, M> extends { responses: infer R }
    ? 200 extends keyof R
      ? JsonOf<R[200]>
      : 201 extends keyof R
        ? JsonOf<R[201]>
        : never
    : never;

/** The JSON body of one response status (an answer other than the success one, e.g. 422 with a report). */
export type ResAt<P extends keyof paths, M extends keyof paths[P], C extends number> =
  Op<P, M> extends {
    responses: infer R;
  }
    ? C extends keyof R
      ? JsonOf<R[C]>
      : never
    : never;

export type QueryOf<P extends keyof paths, M extends keyof paths[P]> =
  Op<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

export type BodyOf<P extends keyof paths, M extends keyof paths[P]> =
  Op<P, M> extends {
    requestBody: { content: { "application/json": infer B } };
  }
    ? B
    : Op<P, M> extends { requestBody?: { content: { "application/json": infer B } } }
      ? B
      : never;
