/**
 * A route declares everything about itself in one value: method, path, who may call it, the zod
 * schemas of its input, and a framework-free handler that returns an outcome. The server wires
 * the table into Fastify, the OpenAPI document is generated from it, and the authorisation
 * matrix test walks it — so a route cannot exist without its permissions.
 */
import type { z } from 'zod';
import type { Role } from '../core/access/roles.ts';
import type { Actor } from '../store/audit/audited-write.ts';
import type { Store } from '../store/open-store.ts';
import type { AuthContext } from './auth/auth-context.ts';

/**
 * Who may call a route.
 * - `public`: anyone (health, sign-in, the published protocol).
 * - `signed-in`: any signed-in user, for their own account.
 * - `roles` with `scope: 'site'`: users holding one of the roles at a site; data are filtered to
 *   those sites in the query itself. `scope: 'study'`: the role held anywhere (central roles).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: readonly Role[]; scope: 'site' | 'study' };

export interface HandlerContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  store: Store;
  /** Null only on public routes called without a session. */
  auth: AuthContext | null;
  /** Who the audit trail names for this request. */
  actor: Actor;
  /** The roles this route accepts (for site filtering with `auth.sitesFor`). */
  roles: readonly Role[];
  headers: Record<string, string | string[] | undefined>;
  ip: string;
}

export type RouteResult =
  | { kind: 'json'; status?: number; body: unknown; headers?: Record<string, string> }
  | {
      kind: 'text';
      status?: number;
      contentType: string;
      body: string | Buffer;
      headers?: Record<string, string>;
    }
  | {
      kind: 'stream';
      status?: number;
      contentType: string;
      body: NodeJS.ReadableStream;
      headers?: Record<string, string>;
    }
  | { kind: 'empty'; status?: number; headers?: Record<string, string> };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Fastify path syntax, e.g. `/api/subjects/:subjectId`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Documented response shape (OpenAPI only). */
  response?: z.ZodType;
  handler(ctx: HandlerContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<RouteResult>;
}

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<
  P extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  B extends z.ZodType = z.ZodUnknown,
>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

export const json = (body: unknown, status = 200): RouteResult => ({ kind: 'json', status, body });
