import { describe, expect, it } from 'vitest';
import { problemFromResponse } from './api-problem.ts';

const answer = (body: unknown, status = 409) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('problemFromResponse and params', () => {
  it('reads a refusal’s params and each field error’s params', async () => {
    const p = await problemFromResponse(
      answer({
        type: 'https://oncotrial.dev/problems/conflict',
        title: 'Conflict with the current state',
        status: 409,
        detail: '5 mL is more than the 3 mL left in GZ-0001',
        rule: 'quantity-exceeds-remaining',
        params: { requested: '5', remaining: '3', unit: 'mL', label: 'GZ-0001' },
        errors: [
          { path: 'body.code', rule: 'too_big', message: 'Too big', params: { maximum: 60 } },
        ],
      }),
    );
    expect(p.params).toEqual({ requested: '5', remaining: '3', unit: 'mL', label: 'GZ-0001' });
    expect(p.errors[0]?.params).toEqual({ maximum: 60 });
  });

  it('keeps only string and number values, and none from an older server', async () => {
    const odd = await problemFromResponse(
      answer({
        type: 't',
        title: 'x',
        status: 409,
        detail: 'd',
        params: { a: 1, b: [2], c: null },
      }),
    );
    expect(odd.params).toEqual({ a: 1 });
    const old = await problemFromResponse(
      answer({ type: 't', title: 'x', status: 409, detail: 'd' }),
    );
    expect(old.params).toEqual({});
  });
});
