/**
 * The phase II design's decision now (Simon two-stage; src/core/stats/simon-decision.ts) in the
 * user's language, with the engine's reasons (which cite the rule, coded `design.*`) one click
 * away, also in the user's language.
 */

import type { EndpointsResult } from '../../../core/endpoints/endpoints-analysis.ts';
import type { SimonDecision } from '../../../core/stats/simon-decision.ts';
import { useT } from '../../i18n/i18n.context.tsx';
import { useExplain } from '../../i18n/use-explain.ts';

function useDecisionSentence() {
  const t = useT();
  return (d: SimonDecision, design: EndpointsResult['design']): string => {
    const s1 = d.stage1;
    const all = d.overall;
    switch (d.kind) {
      case 'stage-1-enrolling':
        return t('decision.stage-1-enrolling', {
          responses: s1.responses,
          evaluated: s1.evaluated,
          enrolled: s1.enrolled,
          n1: design.n1,
        });
      case 'stage-1-hold':
        return t('decision.stage-1-hold', {
          responses: s1.responses,
          evaluated: s1.evaluated,
          pending: s1.pending,
          n1: design.n1,
        });
      case 'stopped-for-futility':
        return t('decision.stopped-for-futility', {
          stage: d.stage,
          responses: d.stage === 1 ? s1.responses : all.responses,
          evaluated: d.stage === 1 ? s1.evaluated : all.evaluated,
        });
      case 'stage-2-enrolling':
        return t('decision.stage-2-enrolling', {
          s1: s1.responses,
          n1: design.n1,
          enrolled: all.enrolled,
          n: design.n,
        });
      case 'awaiting-final-evaluations':
        return t('decision.awaiting-final-evaluations', {
          n: design.n,
          responses: all.responses,
          evaluated: all.evaluated,
          pending: all.pending,
        });
      case 'h0-rejected':
        return t('decision.h0-rejected', {
          responses: all.responses,
          evaluated: all.evaluated,
          r: design.r,
          n: design.n,
        });
      default: {
        const never: never = d;
        return never;
      }
    }
  };
}

export function DesignStatus({ design }: { design: EndpointsResult['design'] }) {
  const t = useT();
  const sentence = useDecisionSentence();
  const explain = useExplain();
  const d = design.decision;
  return (
    <div className="design-status">
      <p className="design-sentence">{sentence(d, design)}</p>
      <p className="muted">
        {t('dashboard.designRule', { r1: design.r1, n1: design.n1, r: design.r, n: design.n })}{' '}
        <span className={d.enrolmentOpen ? 'tag tag-accent' : 'tag tag-strong'}>
          {d.enrolmentOpen ? t('dashboard.enrolmentOpen') : t('dashboard.enrolmentClosed')}
        </span>
      </p>
      <details className="reasons">
        <summary>{t('dashboard.why')}</summary>
        <ul>
          {d.reasons.map((r) => (
            <li key={`${r.code}-${r.text}`}>{explain(r)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
