/** The heading of an entry screen: a back link (casebook or visits) above the page title. */
import type { ReactNode } from 'react';
import { Link } from '../../router/link.component.tsx';

export function EntryHeader({
  back,
  backLabel,
  title,
  children,
}: {
  back: string;
  backLabel: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      <p className="eyebrow">
        <Link to={back}>{backLabel}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
