/** The report languages and their catalogues. */
import { type ReportMessages, reportMessagesEn } from './report-messages.en.ts';
import { reportMessagesZhCn } from './report-messages.zh-CN.ts';

export const REPORT_LANGUAGES = ['en', 'zh-CN'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export const reportCatalogues: Record<ReportLanguage, ReportMessages> = {
  en: reportMessagesEn,
  'zh-CN': reportMessagesZhCn,
};
