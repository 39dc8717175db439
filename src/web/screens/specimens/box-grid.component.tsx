/**
 * A storage box as a grid (rows A…, columns 1…; 9 × 9 by default): each occupied position
 * shows the specimen's label, the one searched for is highlighted. A table with row and column
 * headers, so a screen reader names each cell by its position.
 */
import type { BoxGrid as Grid } from '../../api/specimens.resource.ts';
import { useT } from '../../i18n/i18n.context.tsx';

export function BoxGrid({ grid, found }: { grid: Grid; found: string | null }) {
  const t = useT();
  const at = new Map(grid.positions.map((p) => [p.position, p.specimen]));
  const rows = Array.from({ length: grid.rows }, (_, i) => String.fromCharCode(65 + i));
  const columns = Array.from({ length: grid.columns }, (_, i) => i + 1);
  return (
    <div className="table-scroll">
      <table className="box-grid">
        <caption>
          {t('storage.gridCaption', {
            box: grid.code,
            occupied: grid.occupied,
            free: grid.free,
          })}
        </caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">{r}</th>
              {columns.map((c) => {
                const s = at.get(`${r}${c}`);
                const isFound = s && found === s.label;
                return (
                  <td
                    key={c}
                    className={isFound ? 'occupied found' : s ? 'occupied' : undefined}
                    aria-current={isFound ? 'location' : undefined}
                  >
                    {s ? s.label : <span className="empty">·</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
