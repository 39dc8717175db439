import { describe, expect, it } from 'vitest';
import { overviewQueryKey } from './analysis.resource.ts';
import { createQueryClient } from './query-client.ts';

/** Runs a mutation through the client's cache, as useMutation does. */
async function mutate(client: ReturnType<typeof createQueryClient>, fn: () => Promise<unknown>) {
  const m = client.getMutationCache().build(client, { mutationFn: fn });
  return m.execute(undefined);
}

describe('query client: writes make the dashboard stale', () => {
  it('a successful write invalidates the cached overview (fresh for a minute otherwise)', async () => {
    const client = createQueryClient();
    client.setQueryData(overviewQueryKey, { asOf: '2026-11-25' });
    client.setQueryData(['subjects', 'list', 'all', 'all'], []);
    expect(client.getQueryState(overviewQueryKey)?.isInvalidated).toBe(false);
    await mutate(client, async () => ({ id: 'tumour-read' }));
    expect(client.getQueryState(overviewQueryKey)?.isInvalidated).toBe(true);
    // only the analysis: other screens' caches are the mutations' own business
    expect(client.getQueryState(['subjects', 'list', 'all', 'all'])?.isInvalidated).toBe(false);
  });

  it('a failed write leaves the overview as it was', async () => {
    const client = createQueryClient();
    client.setQueryData(overviewQueryKey, { asOf: '2026-11-25' });
    await expect(
      mutate(client, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(client.getQueryState(overviewQueryKey)?.isInvalidated).toBe(false);
  });
});
