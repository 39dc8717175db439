/** Term–value pairs (a `dl`) laid out as a compact two-column grid. */
import type { ReactNode } from 'react';

export interface Fact {
  term: string;
  value: ReactNode;
}

export function FactList({ facts, label }: { facts: Fact[]; label?: string }) {
  return (
    <dl className="facts" aria-label={label}>
      {facts.map((f) => (
        <div className="fact" key={f.term}>
          <dt>{f.term}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
