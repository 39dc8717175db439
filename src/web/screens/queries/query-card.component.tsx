/**
 * One data query for the study team, with the action the user's roles allow in its state — the
 * site answers an open query; the data manager or monitor closes an open or answered one, or
 * re-opens it (query-repository.ts TRANSITIONS). The display is QueryView's.
 */
import { type DataQuery, type QueryAction, useQueryAction } from '../../api/queries.resource.ts';
import { useHasRole } from '../../components/use-has-role.ts';
import { QueryView } from './query-view.component.tsx';

export function QueryCard({ query, subjectLabel }: { query: DataQuery; subjectLabel?: string }) {
  const site = useHasRole(['coordinator', 'investigator']);
  const reviewer = useHasRole(['data-manager', 'monitor']);
  const act = useQueryAction();
  const actions: QueryAction[] = [
    // a query on an independent read is the blinded reviewer's to answer (the server refuses the site)
    ...(site && query.status === 'open' && query.answeredBy !== 'radiology-reviewer'
      ? (['answer'] as const)
      : []),
    ...(reviewer && query.status !== 'closed' ? (['close'] as const) : []),
    ...(reviewer && query.status !== 'open' ? (['reopen'] as const) : []),
  ];
  return <QueryView query={query} subjectLabel={subjectLabel} actions={actions} act={act} />;
}
