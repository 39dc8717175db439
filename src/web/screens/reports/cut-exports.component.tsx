/**
 * CDISC exports for a cut's cut-off date (statistician, data manager): one dataset in the chosen
 * format, define.xml, or the ODM file with the audit trail. The export API selects by cut-off
 * date over the live tables (GET /api/exports/:format/:dataset?cut=), not from the frozen
 * snapshot, and the panel says so: a correction after the cut shows in the export only.
 */
import { useState } from 'react';
import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  type ExportDataset,
  type ExportFormat,
  exportUrl,
} from '../../api/reports.resource.ts';
import { Section } from '../../components/section.component.tsx';
import { formatCalendarDate } from '../../format/locale-format.ts';
import { useLocale, useT } from '../../i18n/i18n.context.tsx';
import { ChoiceField } from '../safety/form-field.component.tsx';

const EXTENSION: Record<Exclude<ExportFormat, 'odm'>, string> = {
  xpt: 'xpt',
  'dataset-json': 'json',
  csv: 'csv',
};

function fileName(format: ExportFormat, dataset: ExportDataset): string {
  if (format === 'odm') return 'odm.xml';
  if (dataset === 'DEFINE') return 'define.xml';
  return `${dataset.toLowerCase()}.${EXTENSION[format]}`;
}

export function CutExports({ cutoffDate }: { cutoffDate: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [format, setFormat] = useState<ExportFormat>('xpt');
  const [dataset, setDataset] = useState<ExportDataset>('ADSL');
  const file = fileName(format, dataset);
  return (
    <Section id="exports" title={t('reports.exports.title')} className="panel-wide">
      <p className="muted">
        {t('reports.exports.intro', { date: formatCalendarDate(cutoffDate, locale) })}
      </p>
      <div className="form-grid">
        <ChoiceField<ExportFormat>
          label={t('reports.exports.format')}
          value={format}
          onChange={setFormat}
          options={EXPORT_FORMATS.map((f) => ({
            value: f,
            label: t(`reports.exports.formats.${f}`),
          }))}
        />
        {format === 'odm' ? null : (
          <ChoiceField<ExportDataset>
            label={t('reports.exports.dataset')}
            value={dataset}
            onChange={setDataset}
            options={EXPORT_DATASETS.map((d) => ({
              value: d,
              label: d === 'DEFINE' ? t('reports.exports.define') : d,
            }))}
          />
        )}
      </div>
      <div className="report-actions">
        <a
          className="button-secondary"
          href={exportUrl(format, dataset.toLowerCase(), cutoffDate)}
          download={file}
        >
          {t('reports.exports.download', { file })}
        </a>
      </div>
    </Section>
  );
}
