/**
 * Adverse events by CTCAE term and worst grade (subjects counted once per term at their worst
 * grade), with any-grade and grade ≥ 3 totals, and the table as CSV.
 */
import type { AeByGrade } from '../../api/analysis.resource.ts';
import { downloadCsv } from '../../charts/chart-download.ts';
import { csvText } from '../../charts/csv-text.ts';
import { useT } from '../../i18n/i18n.context.tsx';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function AeGradeTable({ rows }: { rows: readonly AeByGrade[] }) {
  const t = useT();
  const sorted = [...rows].sort(
    (a, b) => sum(b.grades) - sum(a.grades) || a.term.localeCompare(b.term),
  );
  const csv = () =>
    csvText(
      sorted.map((r) => ({
        term: r.term,
        grade_1: r.grades[0],
        grade_2: r.grades[1],
        grade_3: r.grades[2],
        grade_4: r.grades[3],
        grade_5: r.grades[4],
        any_grade: sum(r.grades),
        grade_3_or_more: r.grades[2] + r.grades[3] + r.grades[4],
      })),
    );
  return (
    <div className="ae-table">
      <div className="chart-head">
        <h3 className="chart-title" id="ae-title">
          {t('safety.aeTitle')}
        </h3>
        <button
          type="button"
          className="button-small"
          aria-label={t('chart.downloadCsv', { title: t('safety.aeTitle') })}
          onClick={() => downloadCsv(csv(), 'adverse-events-by-grade.csv')}
        >
          CSV
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="muted">{t('safety.noAes')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table numeric-table" aria-labelledby="ae-title">
            <thead>
              <tr>
                <th scope="col">{t('safety.term')}</th>
                {[1, 2, 3, 4, 5].map((g) => (
                  <th scope="col" key={g}>
                    {t('safety.grade', { grade: g })}
                  </th>
                ))}
                <th scope="col">{t('safety.anyGrade')}</th>
                <th scope="col">{t('safety.grade3plus')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.term}>
                  <th scope="row">{r.term}</th>
                  {r.grades.map((n, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the five grades are fixed positions
                    <td key={i} className={i >= 2 && n > 0 ? 'severe' : undefined}>
                      {n}
                    </td>
                  ))}
                  <td>{sum(r.grades)}</td>
                  <td>{r.grades[2] + r.grades[3] + r.grades[4]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
