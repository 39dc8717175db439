/**
 * A CTCAE grade as a coloured badge with the word (colour is never the only signal, WCAG 1.4.1):
 * grade 0 plain, 1 yellow, 2 orange, 3 red, 4–5 dark red; `null` = not gradable.
 */
import { useT } from '../../i18n/i18n.context.tsx';

export function GradeBadge({ grade }: { grade: number | null }) {
  const t = useT();
  if (grade === null)
    return <span className="grade grade-none">{t('safetyScreen.grade.notGradable')}</span>;
  return (
    <span className={`grade grade-${Math.min(grade, 4)}`}>
      {t('safetyScreen.grade.n', { grade })}
    </span>
  );
}
