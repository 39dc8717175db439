/**
 * What a simulated MEN-1 NET cohort looks like: the "true" parameters a simulation is drawn
 * from, so that the realised ORR and median PFS can be checked against them.
 */
import type { IsoDate } from '../shared/calendar-date.ts';

export interface SimulationParameters {
  seed: number;
  /** Patients screened; about `screenFailureRate` of them fail screening. */
  screened: number;
  sites: Array<{ code: string; name: string; nameZh: string; timezone: string }>;
  /** First screening date; screenings are spread evenly over `accrualDays`. */
  firstScreeningDate: IsoDate;
  accrualDays: number;
  /** Data cut: nothing after this date exists yet (an ongoing study). */
  asOf: IsoDate;
  /** True confirmed objective response rate. */
  trueOrr: number;
  /** True median progression-free survival, days. */
  medianPfsDays: number;
  /** Median survival after progression, days. */
  medianPostProgressionSurvivalDays: number;
  screenFailureRate: number;
  /** Share of treated patients with a liver enzyme episode (ALT 2–3.5 × ULN). */
  liverEpisodeRate: number;
  /** Share of treated patients taking a prohibited drug at some point. */
  prohibitedDrugRate: number;
  /** Share stopping treatment early for toxicity or withdrawal (no progression). */
  earlyStopRate: number;
  /** Add one potential Hy's law case (the first liver-episode patient). */
  hysLawCase: boolean;
}

export const DEFAULT_SIMULATION: SimulationParameters = {
  seed: 20261125,
  screened: 30,
  sites: [
    {
      code: 'CAMS',
      name: 'Cancer Hospital, Chinese Academy of Medical Sciences',
      nameZh: '中国医学科学院肿瘤医院',
      timezone: 'Asia/Shanghai',
    },
    {
      code: 'PUMCH',
      name: 'Peking Union Medical College Hospital',
      nameZh: '北京协和医院',
      timezone: 'Asia/Shanghai',
    },
    {
      code: 'RJH',
      name: 'Ruijin Hospital, Shanghai',
      nameZh: '上海瑞金医院',
      timezone: 'Asia/Shanghai',
    },
  ],
  firstScreeningDate: '2026-01-05',
  accrualDays: 240,
  asOf: '2026-11-25',
  trueOrr: 0.15,
  medianPfsDays: 210,
  medianPostProgressionSurvivalDays: 240,
  screenFailureRate: 0.2,
  liverEpisodeRate: 0.15,
  prohibitedDrugRate: 0.1,
  earlyStopRate: 0.1,
  hysLawCase: true,
};
