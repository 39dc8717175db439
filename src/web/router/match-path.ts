/**
 * Path patterns of the client router: literal segments and `:name` parameters, nothing else
 * (no wildcards, no optional parts), so a route table stays readable and unambiguous.
 */

export type PathParams = Record<string, string>;

function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/**
 * The parameters of `pathname` under `pattern`, or null when it does not match. A trailing
 * slash is ignored; parameters are URI-decoded.
 * @example matchPath('/subjects/:id', '/subjects/S-001') // { id: 'S-001' }
 * @example matchPath('/', '/subjects') // null
 */
export function matchPath(pattern: string, pathname: string): PathParams | null {
  const want = segments(pattern);
  const got = segments(pathname);
  if (want.length !== got.length) return null;
  const params: PathParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null; // malformed %-escape: not a page of ours
      }
    } else if (w !== g) return null;
  }
  return params;
}
