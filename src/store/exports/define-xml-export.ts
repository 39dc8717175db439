/**
 * Writes define.xml 2.1 for an export: every dataset the export writes (trial design, SDTM,
 * ADaM), pointing at the files of the chosen format, with the study's codelists.
 */
import { exportCoding } from '../../core/cdisc/codelists/export-coding.ts';
import { SUBJECT_DATASETS } from '../../core/cdisc/export-datasets.ts';
import { defineXml } from '../../core/cdisc/odm/define-xml-writer.ts';
import { trialDesignDatasets } from '../../core/cdisc/sdtm/design/trial-design-datasets.ts';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { type ChunkSink, FILE_EXTENSION, type TabularFormat } from './dataset-stream.ts';

export function defineXmlOf(
  study: StudyDefinition,
  created: string,
  format: TabularFormat,
): string {
  const specs = [
    ...trialDesignDatasets(study).map((d) => d.spec),
    ...SUBJECT_DATASETS.map((d) => d.spec),
  ];
  return defineXml(specs, {
    created,
    studyOid: study.id,
    studyName: study.shortTitle.en,
    description: study.title.en,
    protocolName: study.id,
    metaDataVersionOid: `MDV.${study.version}`,
    extension: FILE_EXTENSION[format],
    coding: exportCoding(study),
  });
}

export async function writeDefineXml(
  study: StudyDefinition,
  created: string,
  format: TabularFormat,
  sink: ChunkSink,
): Promise<void> {
  await sink.write(new TextEncoder().encode(defineXmlOf(study, created, format)));
  await sink.close();
}
