/**
 * The OpenAPI 3.1 document, generated from the same route table and zod schemas that validate
 * requests, so the documentation cannot drift from the behaviour.
 */
import { z } from 'zod';
import type { RouteSpec } from './route-spec.ts';

function schemaOf(s: z.ZodType | undefined, io: 'input' | 'output'): unknown {
  if (!s) return undefined;
  try {
    return z.toJSONSchema(s, { io, unrepresentable: 'any' });
  } catch {
    return {};
  }
}

function pathParams(s: z.ZodType | undefined): Array<Record<string, unknown>> {
  const js = schemaOf(s, 'input') as { properties?: Record<string, unknown> } | undefined;
  return Object.entries(js?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    schema,
  }));
}

function queryParams(s: z.ZodType | undefined): Array<Record<string, unknown>> {
  const js = schemaOf(s, 'input') as
    | { properties?: Record<string, unknown>; required?: string[] }
    | undefined;
  return Object.entries(js?.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: js?.required?.includes(name) ?? false,
    schema,
  }));
}

export function buildOpenApi(routes: RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const p = r.path.replace(/:(\w+)/g, '{$1}');
    paths[p] ??= {};
    const access =
      r.access.kind === 'roles'
        ? `roles: ${r.access.roles.join(', ')} (${r.access.scope} scope)`
        : r.access.kind;
    paths[p][r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      description: `Access: ${access}`,
      'x-access': r.access,
      parameters: [...pathParams(r.params), ...queryParams(r.query)],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(r.body, 'input') } },
            },
          }
        : {}),
      responses: {
        '200': {
          description: 'OK',
          ...(r.response
            ? { content: { 'application/json': { schema: schemaOf(r.response, 'output') } } }
            : {}),
        },
        default: {
          description: 'An RFC 9457 problem',
          content: { 'application/problem+json': {} },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'oncotrial API',
      version: '0.1.0',
      description: 'Every route with who may call it.',
    },
    paths,
  };
}
