/**
 * The people who use oncotrial, as roles. A user holds roles per site (a central role such as
 * the statistician holds it for the study). What each role may do is declared route by route in
 * the server's route table, never inferred.
 */
export const ROLES = [
  'administrator',
  'investigator',
  'coordinator',
  'radiology-reviewer',
  'data-manager',
  'monitor',
  'biobank-technician',
  'statistician',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { en: string; 'zh-CN': string }> = {
  administrator: { en: 'Administrator', 'zh-CN': '系统管理员' },
  investigator: { en: 'Investigator', 'zh-CN': '研究者' },
  coordinator: { en: 'Research coordinator', 'zh-CN': '临床研究协调员' },
  'radiology-reviewer': { en: 'Independent radiology reviewer', 'zh-CN': '独立影像评估员' },
  'data-manager': { en: 'Data manager', 'zh-CN': '数据管理员' },
  monitor: { en: 'Monitor (CRA)', 'zh-CN': '监查员' },
  'biobank-technician': { en: 'Biobank technician', 'zh-CN': '生物样本库技术员' },
  statistician: { en: 'Statistician', 'zh-CN': '统计师' },
  auditor: { en: 'Auditor (read-only)', 'zh-CN': '稽查员（只读）' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
