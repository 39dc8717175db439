/**
 * Assessment panels of the default study: what the protocol asks at each follow-up ("history,
 * physical examination; blood routine, urine routine, liver and kidney function, serum tumour
 * markers, electrocardiogram; tumour imaging; blood biomarker test"). Reference ranges are
 * defaults for display only; a site's own laboratory ranges override them per result.
 */
import type { AssessmentPanel } from './study-definition.schema.ts';

type ItemIn = Omit<AssessmentPanel['items'][number], 'required'> & { required?: boolean };
type PanelIn = Omit<AssessmentPanel, 'items'> & { items: ItemIn[] };

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const num = (
  code: string,
  en: string,
  zh: string,
  unit?: string,
  loinc?: string,
  low?: number,
  high?: number,
): ItemIn => ({
  code,
  label: t(en, zh),
  type: 'number',
  ...(unit ? { unit } : {}),
  ...(loinc ? { loinc } : {}),
  ...(low !== undefined || high !== undefined ? { referenceRange: { low, high } } : {}),
});
const dipstick = ['negative', 'trace', '1+', '2+', '3+', '4+'];

export const defaultPanels: PanelIn[] = [
  {
    id: 'history',
    name: t('History', '病史'),
    domain: 'MH',
    items: [
      { code: 'INTHIST', label: t('Interval history', '期间病史'), type: 'text' },
      {
        code: 'NEWSYMP',
        label: t('New symptoms since last visit', '自上次访视以来新发症状'),
        type: 'boolean',
      },
    ],
  },
  {
    id: 'physical-exam',
    name: t('Physical examination', '体格检查'),
    domain: 'PE',
    items: [
      {
        code: 'ECOG',
        label: t('ECOG performance status', 'ECOG体能状态'),
        type: 'choice',
        choices: ['0', '1', '2', '3', '4'],
        required: true,
      },
      {
        code: 'PEGEN',
        label: t('General examination', '一般检查'),
        type: 'choice',
        choices: ['normal', 'abnormal'],
      },
      { code: 'PEABN', label: t('Abnormal findings', '异常发现'), type: 'text' },
    ],
  },
  {
    id: 'vital-signs',
    name: t('Vital signs', '生命体征'),
    domain: 'VS',
    items: [
      num('SYSBP', 'Systolic blood pressure', '收缩压', 'mm[Hg]', '8480-6', 90, 140),
      num('DIABP', 'Diastolic blood pressure', '舒张压', 'mm[Hg]', '8462-4', 60, 90),
      num('PULSE', 'Pulse rate', '脉搏', '/min', '8867-4', 60, 100),
      num('TEMP', 'Temperature', '体温', 'Cel', '8310-5', 36, 37.3),
      num('WEIGHT', 'Weight', '体重', 'kg', '29463-7'),
      num('HEIGHT', 'Height', '身高', 'cm', '8302-2'),
    ],
  },
  {
    id: 'blood-routine',
    name: t('Blood routine', '血常规'),
    domain: 'LB',
    category: 'HEMATOLOGY',
    items: [
      num('WBC', 'Leukocytes', '白细胞计数', '10*9/L', '6690-2', 3.5, 9.5),
      num('NEUT', 'Neutrophils', '中性粒细胞计数', '10*9/L', '751-8', 1.8, 6.3),
      num('LYMPH', 'Lymphocytes', '淋巴细胞计数', '10*9/L', '731-0', 1.1, 3.2),
      num('HGB', 'Hemoglobin', '血红蛋白', 'g/L', '718-7', 115, 150),
      num('PLAT', 'Platelets', '血小板计数', '10*9/L', '777-3', 125, 350),
    ],
  },
  {
    id: 'urine-routine',
    name: t('Urine routine', '尿常规'),
    domain: 'LB',
    category: 'URINALYSIS',
    items: [
      num('PH', 'pH', '酸碱度', '[pH]', undefined, 5, 8),
      num('SPGRAV', 'Specific gravity', '比重', '1', undefined, 1.003, 1.03),
      { code: 'PROT', label: t('Protein', '尿蛋白'), type: 'choice', choices: dipstick },
      { code: 'GLUC', label: t('Glucose', '尿糖'), type: 'choice', choices: dipstick },
      { code: 'OCCBLD', label: t('Occult blood', '尿潜血'), type: 'choice', choices: dipstick },
    ],
  },
  {
    id: 'liver-kidney',
    name: t('Liver and kidney function', '肝肾功能'),
    domain: 'LB',
    category: 'CHEMISTRY',
    items: [
      num('ALT', 'Alanine aminotransferase', '丙氨酸氨基转移酶', 'U/L', '1742-6', 7, 40),
      num('AST', 'Aspartate aminotransferase', '天门冬氨酸氨基转移酶', 'U/L', '1920-8', 13, 35),
      num('ALP', 'Alkaline phosphatase', '碱性磷酸酶', 'U/L', '6768-6', 35, 100),
      num('GGT', 'Gamma glutamyl transferase', 'γ-谷氨酰转移酶', 'U/L', '2324-2', 7, 45),
      num('BILI', 'Total bilirubin', '总胆红素', 'umol/L', '1975-2', 0, 21),
      num('ALB', 'Albumin', '白蛋白', 'g/L', '1751-7', 40, 55),
      num('CREAT', 'Creatinine', '肌酐', 'umol/L', '2160-0', 41, 81),
      num('UREA', 'Urea', '尿素', 'mmol/L', undefined, 2.6, 7.5),
    ],
  },
  {
    id: 'tumour-markers',
    name: t('Serum tumour markers', '血清肿瘤标志物'),
    domain: 'LB',
    category: 'TUMOR MARKERS',
    items: [
      num('CHROMGA', 'Chromogranin A', '嗜铬粒蛋白A', 'ng/mL', '9811-1'),
      num('ENOLASEN', 'Neuron-specific enolase', '神经元特异性烯醇化酶', 'ng/mL'),
      num('GASTRIN', 'Gastrin', '胃泌素', 'pg/mL', '2333-3'),
      num('INSULIN', 'Insulin', '胰岛素', 'm[IU]/L', '20448-7'),
      num('GLUCAGON', 'Glucagon', '胰高血糖素', 'pg/mL', '2338-2'),
      num('VIP', 'Vasoactive intestinal peptide', '血管活性肠肽', 'pg/mL'),
      num('PANCPOLY', 'Pancreatic polypeptide', '胰多肽', 'pg/mL'),
      num('PTH', 'Parathyroid hormone', '甲状旁腺激素', 'pg/mL', '2731-8'),
      num('CA', 'Calcium', '血钙', 'mmol/L', '17861-6', 2.11, 2.52),
      num('PROLCTN', 'Prolactin', '催乳素', 'ng/mL', '2842-3'),
      num(
        'HIAA5',
        '5-Hydroxyindoleacetic acid (24 h urine)',
        '5-羟吲哚乙酸（24小时尿）',
        'mg/(24.h)',
      ),
    ],
  },
  {
    id: 'ecg',
    name: t('Electrocardiogram', '心电图'),
    domain: 'EG',
    items: [
      num('EGHR', 'ECG mean heart rate', '心率', '/min'),
      num('PRAG', 'PR interval', 'PR间期', 'ms'),
      num('QRSAG', 'QRS duration', 'QRS时限', 'ms'),
      num('QTAG', 'QT interval', 'QT间期', 'ms'),
      num('QTCFAG', 'QTcF interval', 'QTcF间期', 'ms'),
      {
        code: 'INTP',
        label: t('Interpretation', '结论'),
        type: 'choice',
        choices: [
          'normal',
          'abnormal, not clinically significant',
          'abnormal, clinically significant',
        ],
      },
    ],
  },
  {
    id: 'ct-imaging',
    name: t('Tumour imaging (CT)', '肿瘤影像（CT）'),
    domain: 'TU',
    items: [
      {
        code: 'METHOD',
        label: t('Method', '检查方法'),
        type: 'choice',
        choices: ['CT', 'MRI'],
        required: true,
      },
      num('SLICETH', 'Slice thickness', '层厚', 'mm'),
      { code: 'REGIONS', label: t('Regions scanned', '扫描部位'), type: 'text' },
    ],
  },
  {
    id: 'blood-biomarkers',
    name: t('Blood biomarkers', '血液生物标志物'),
    domain: 'BE',
    items: [
      {
        code: 'COLLECT',
        label: t('Biomarker blood sample collected', '已采集生物标志物血样'),
        type: 'boolean',
        required: true,
      },
      { code: 'SPECLBL', label: t('Specimen label', '样本标签'), type: 'text' },
    ],
  },
];
