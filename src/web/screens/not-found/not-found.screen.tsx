/** Any path that is not a screen of the app (the server hands every unknown path to the SPA). */
import { useDocumentTitle } from '../../components/document-title.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { Link } from '../../router/link.component.tsx';

export function NotFoundScreen({ path }: { path: string }) {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
