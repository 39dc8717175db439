/**
 * The specimen types this trial collects (protocol §3: MEN1 testing of blood and tumour tissue,
 * remaining samples to the central biobank), each with the unit its quantity is counted in, the
 * SDTM specimen type (BE/BS `--SPEC`, CDISC SPECTYPE terms), whether it is blood or tumour (the
 * `sample` of a MEN1 result) and which types may be derived from it by processing (plasma and
 * buffy coat are separated from EDTA whole blood; serum needs a clot-activator tube and is
 * collected as serum; slides are cut from an FFPE block).
 */

export const SPECIMEN_TYPES = [
  'whole-blood-edta',
  'plasma',
  'serum',
  'buffy-coat',
  'ffpe-block',
  'unstained-slides',
  'fresh-frozen-tissue',
] as const;
export type SpecimenType = (typeof SPECIMEN_TYPES)[number];

/** Units: millilitres, milligrams, or a count of physical items (blocks, slides). */
export type SpecimenUnit = 'mL' | 'mg' | 'block' | 'slide';

export interface SpecimenTypeInfo {
  type: SpecimenType;
  label: string;
  unit: SpecimenUnit;
  /** Count units take whole numbers only. */
  wholeUnits: boolean;
  /** CDISC SPECTYPE term for BE/BS `--SPEC`. */
  sdtmSpec: string;
  /** The `sample` of a MEN1 result tested on it. */
  sample: 'blood' | 'tumour';
  /** Types that may be made from this one (aliquots of the same type are always allowed). */
  derivatives: readonly SpecimenType[];
}

export const SPECIMEN_TYPE_INFO: Record<SpecimenType, SpecimenTypeInfo> = {
  'whole-blood-edta': {
    type: 'whole-blood-edta',
    label: 'Whole blood (EDTA)',
    unit: 'mL',
    wholeUnits: false,
    sdtmSpec: 'WHOLE BLOOD',
    sample: 'blood',
    derivatives: ['plasma', 'buffy-coat'],
  },
  plasma: {
    type: 'plasma',
    label: 'Plasma (EDTA)',
    unit: 'mL',
    wholeUnits: false,
    sdtmSpec: 'PLASMA',
    sample: 'blood',
    derivatives: [],
  },
  serum: {
    type: 'serum',
    label: 'Serum',
    unit: 'mL',
    wholeUnits: false,
    sdtmSpec: 'SERUM',
    sample: 'blood',
    derivatives: [],
  },
  'buffy-coat': {
    type: 'buffy-coat',
    label: 'Buffy coat',
    unit: 'mL',
    wholeUnits: false,
    sdtmSpec: 'BUFFY COAT',
    sample: 'blood',
    derivatives: [],
  },
  'ffpe-block': {
    type: 'ffpe-block',
    label: 'FFPE tissue block',
    unit: 'block',
    wholeUnits: true,
    sdtmSpec: 'TISSUE',
    sample: 'tumour',
    derivatives: ['unstained-slides'],
  },
  'unstained-slides': {
    type: 'unstained-slides',
    label: 'Unstained slides',
    unit: 'slide',
    wholeUnits: true,
    sdtmSpec: 'TISSUE',
    sample: 'tumour',
    derivatives: [],
  },
  'fresh-frozen-tissue': {
    type: 'fresh-frozen-tissue',
    label: 'Fresh-frozen tissue',
    unit: 'mg',
    wholeUnits: false,
    sdtmSpec: 'TISSUE',
    sample: 'tumour',
    derivatives: [],
  },
};

export function isSpecimenType(v: string): v is SpecimenType {
  return (SPECIMEN_TYPES as readonly string[]).includes(v);
}

/**
 * May `child` be made from `parent`? Same type (an aliquot) or one of its derivatives.
 * @example mayDerive('whole-blood-edta', 'plasma') // true
 * @example mayDerive('plasma', 'serum') // false
 */
export function mayDerive(parent: SpecimenType, child: SpecimenType): boolean {
  return parent === child || SPECIMEN_TYPE_INFO[parent].derivatives.includes(child);
}
