/** A quiet, announced loading line (role=status) while a screen or its data loads. */
import { useT } from '../i18n/i18n.context.tsx';

export function LoadingIndicator() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}
