/**
 * Builds the Fastify application from the route table: for every route, authenticate, check the
 * route's declared access, validate input with its zod schemas, run the framework-free handler,
 * and map the outcome (or a DomainError) to HTTP in one place. Also serves the web app and the
 * OpenAPI document. Fastify was chosen for its built-in pino logging, `inject()` for in-process
 * HTTP tests and mature streaming; see docs/architecture.md.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { DomainError, type ValidationIssue } from '../core/shared/domain-error.ts';
import { zodIssues } from '../core/shared/zod-issues.ts';
import { SYSTEM_ACTOR } from '../store/audit/audited-write.ts';
import type { Store } from '../store/open-store.ts';
import { type AuthContext, holdsAny } from './auth/auth-context.ts';
import { fastifyInputRule } from './fastify-input-rule.ts';
import { buildOpenApi } from './openapi.ts';
import {
  internalProblem,
  notFoundRouteProblem,
  type Problem,
  problemFromFailure,
} from './problem.ts';
import type { RouteResult, RouteSpec } from './route-spec.ts';

export interface Authenticator {
  /** Resolves the session of a request, or null. Called on every request (no caching of roles). */
  authenticate(req: FastifyRequest): Promise<AuthContext | null>;
  /** Checks CSRF protection for a state-changing request made with a session; throws DomainError. */
  checkCsrf(req: FastifyRequest, auth: AuthContext): void;
}

export const noAuthenticator: Authenticator = {
  authenticate: async () => null,
  checkCsrf: () => {},
};

export interface AppOptions {
  store: Store;
  routes: RouteSpec[];
  authenticator?: Authenticator;
  /** Folder of the built web app; not served when absent. */
  webDir?: string;
  logger?: boolean | object;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

/**
 * Text may not contain the NUL character: PostgreSQL cannot store it in text columns and no
 * clinical value needs it, so it is refused in every field, on every engine alike.
 */
function nulIssues(value: unknown, path: string, out: ValidationIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      out.push({
        path,
        rule: 'no-nul-character',
        message: 'must not contain the NUL character (U+0000)',
      });
  } else if (Array.isArray(value)) {
    value.forEach((v, n) => nulIssues(v, `${path}.${n}`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000'))
        out.push({
          path,
          rule: 'no-nul-character',
          message: 'a field name must not contain the NUL character (U+0000)',
        });
      nulIssues(v, `${path}.${k}`, out);
    }
  }
}

/** Validates params, query and body together so one answer lists every bad field. */
function parseInput(
  spec: RouteSpec,
  req: FastifyRequest,
): { params: unknown; query: unknown; body: unknown } {
  const issues: ValidationIssue[] = [];
  nulIssues(req.params, 'params', issues);
  nulIssues(req.query, 'query', issues);
  nulIssues(req.body, 'body', issues);
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  const part = (schema: z.ZodType | undefined, value: unknown, name: string): unknown => {
    if (!schema) return value;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    issues.push(
      ...zodIssues(r.error).map((i) => ({ ...i, path: i.path ? `${name}.${i.path}` : name })),
    );
    return undefined;
  };
  const out = {
    params: part(spec.params, req.params ?? {}, 'params'),
    query: part(spec.query, req.query ?? {}, 'query'),
    body: part(spec.body, req.body, 'body'),
  };
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  return out;
}

function send(reply: FastifyReply, r: RouteResult): FastifyReply {
  if (r.headers) reply.headers(r.headers);
  switch (r.kind) {
    case 'json':
      return reply
        .code(r.status ?? 200)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(r.body));
    case 'text':
      return reply
        .code(r.status ?? 200)
        .type(r.contentType)
        .send(r.body);
    case 'stream':
      return reply
        .code(r.status ?? 200)
        .type(r.contentType)
        .send(r.body);
    case 'empty':
      return reply.code(r.status ?? 204).send();
    default: {
      const never: never = r;
      return never;
    }
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, routes } = options;
  const authenticator = options.authenticator ?? noAuthenticator;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: false,
  });

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof DomainError) return sendProblem(reply, problemFromFailure(err.failure));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own input errors (malformed JSON, wrong content type, body too large)
      const rule = fastifyInputRule(err.code);
      return sendProblem(reply, {
        type: 'https://oncotrial.dev/problems/bad-request',
        title: 'Bad request',
        status: err.statusCode,
        detail: err.message,
        ...(rule ? { rule, errors: [{ path: 'body', rule, message: err.message }] } : {}),
      });
    }
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, internalProblem());
  });

  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: spec.path,
      handler: async (req, reply) => {
        const auth = await authenticator.authenticate(req);
        const access = spec.access;
        if (access.kind !== 'public') {
          if (!auth)
            throw new DomainError({
              kind: 'unauthenticated',
              message: 'sign in to use this route',
            });
          if (access.kind === 'roles' && !holdsAny(auth, access.roles)) {
            throw new DomainError({
              kind: 'forbidden',
              rule: 'route-permission',
              message: `${spec.method} ${spec.path} needs one of the roles: ${access.roles.join(', ')}`,
            });
          }
        }
        // public routes (sign-in, set password) do not act on a session, so they need no CSRF token
        if (auth && access.kind !== 'public' && STATE_CHANGING.has(spec.method))
          authenticator.checkCsrf(req, auth);
        const { params, query, body } = parseInput(spec, req);
        const result = await spec.handler({
          params,
          query,
          body,
          store,
          auth,
          actor: auth ? { id: auth.userId, name: auth.displayName } : SYSTEM_ACTOR,
          roles: access.kind === 'roles' ? access.roles : [],
          headers: req.headers,
          ip: req.ip,
        });
        return send(reply, result);
      },
    });
  }

  const openapi = buildOpenApi(routes);
  app.get('/api/openapi.json', async (_req, reply) => reply.type('application/json').send(openapi));

  const webDir = options.webDir ? resolve(options.webDir) : undefined;
  const hasWeb = webDir !== undefined && existsSync(resolve(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      return sendProblem(reply, notFoundRouteProblem(req.method, req.url.split('?')[0] ?? req.url));
    }
    // client-side routing: unknown paths get the app shell
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
