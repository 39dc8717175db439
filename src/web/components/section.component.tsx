/** A titled region of a screen (a `section` labelled by its h2, so it is a landmark-able region). */
import type { ReactNode } from 'react';

export interface SectionProps {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}

export function Section({ id, title, children, className }: SectionProps) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
