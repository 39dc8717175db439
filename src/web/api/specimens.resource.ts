/**
 * Specimens, shipments and biobank storage (issue 7 API: src/server/routes/specimen.routes.ts,
 * shipment.routes.ts, storage.routes.ts). Shapes are minimal copies of the server's views, each
 * naming the file it mirrors (the web may not import store or server code).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reason } from '../../core/shared/reason.ts';
import type { CustodyState } from '../../core/specimens/custody-transitions.ts';
import type { ScanIntegrity } from '../../core/specimens/shipment-reconciliation.ts';
import type { SpecimenType } from '../../core/specimens/specimen-types.ts';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

/** src/store/specimens/specimen-view.ts SpecimenView. */
export interface Specimen {
  id: string;
  label: string;
  subjectId: string;
  siteId: string;
  type: SpecimenType;
  unit: string;
  collectedAt: string;
  initialQuantity: string;
  remainingQuantity: string;
  state: CustodyState;
  custodySiteId: string;
  integrity: ScanIntegrity;
  notes: string | null;
  location: {
    boxId: string;
    boxCode: string;
    freezer: string;
    rack: string;
    position: string;
  } | null;
}

/** Body of POST /api/specimens (specimen.routes.ts). */
export interface SpecimenCollection {
  subjectId: string;
  type: SpecimenType;
  quantity: string;
  collectedAt: string;
  label?: string;
  temperatureC?: string;
  notes?: string;
}

/** src/store/specimens/shipment-repository.ts SHIPPING_CONDITIONS. */
export const SHIPPING_CONDITIONS = [
  'ambient',
  'refrigerated',
  'dry-ice',
  'liquid-nitrogen',
] as const;
export type ShippingCondition = (typeof SHIPPING_CONDITIONS)[number];

/** Body of POST /api/shipments. */
export interface NewShipment {
  toSiteId: string;
  specimenIds: string[];
  shippingCondition: ShippingCondition;
  courier?: string;
  trackingNumber?: string;
}

export type ReceiptOutcome = 'received' | 'damaged' | 'missing' | 'unexpected';

/** shipment-repository.ts shipmentView. */
export interface Shipment {
  id: string;
  fromSiteId: string;
  toSiteId: string;
  status: 'in-transit' | 'received' | 'received-with-discrepancies';
  shippingCondition: ShippingCondition;
  courier: string | null;
  trackingNumber: string | null;
  shippedAt: string;
  shippedBy: string;
  receivedAt: string | null;
  items: Array<{
    label: string;
    specimenId: string | null;
    onManifest: boolean;
    outcome: ReceiptOutcome | null;
    /** Core reasons (older rows: their English text as text-only reasons, read by the server). */
    reasons: Reason[];
    queryId: string | null;
  }>;
}

/** Body of POST /api/shipments/:id/receipt. */
export interface Receipt {
  temperatureC?: string;
  items: Array<{ label: string; integrity: ScanIntegrity; note?: string }>;
}

/** storage-repository.ts BoxRow (answered as stored, snake_case). */
export interface StorageBox {
  id: string;
  site_id: string;
  code: string;
  freezer: string;
  rack: string;
  rows: number;
  columns: number;
}

/** storage-repository.ts boxGrid. */
export interface BoxGrid extends StorageBox {
  occupied: number;
  free: number;
  positions: Array<{
    position: string;
    specimen: { id: string; label: string; type: SpecimenType } | null;
  }>;
}

const sig = (signal?: AbortSignal) => (signal ? { signal } : {});

/** src/store/specimens/specimen-view.ts specimenDetail: the chain of custody (the fields shown). */
export interface SpecimenDetail extends Specimen {
  custody: Array<{
    action: string;
    from: CustodyState | null;
    to: CustodyState;
    where: string;
    occurredAt: string;
    recordedAt: string;
    by: string;
    notes: string | null;
  }>;
  /** Each quantity taken (partial uses, aliquoting), oldest first. */
  uses: Array<{
    quantity: string;
    remainingAfter: string;
    purpose: string;
    occurredAt: string;
    by: string;
  }>;
}

/** The custody steps of POST /api/specimens/:id/custody offered on the Specimens screen. */
export type CustodyStep =
  | { action: 'consume'; reason: string }
  | { action: 'destroy'; reason: string }
  | { action: 'distribute'; recipient: string; purpose: 'research' | 'return'; reason: string };

export const specimenKeys = {
  all: ['specimens'] as const,
  detail: (id: string) => ['specimens', 'detail', id] as const,
  list: (state: CustodyState | 'all') => ['specimens', 'list', state] as const,
  shipments: ['specimens', 'shipments'] as const,
  boxes: ['specimens', 'boxes'] as const,
  box: (id: string) => ['specimens', 'boxes', id] as const,
};

export function useSpecimens(state: CustodyState | 'all' = 'all') {
  return useQuery({
    queryKey: specimenKeys.list(state),
    queryFn: ({ signal }) =>
      http.request<Specimen[]>('GET', '/api/specimens', {
        query: { state: state === 'all' ? undefined : state },
        ...sig(signal),
      }),
  });
}

/**
 * The printable label sheet (HTML with Code 128 barcodes) of these specimens or of a shipment's
 * manifest: opened in a new tab, where the browser prints it.
 * @example labelSheetUrl({ ids: ['a', 'b'] }) // '/api/specimen-labels?ids=a%2Cb'
 */
export function labelSheetUrl(of: { ids: readonly string[] } | { shipmentId: string }): string {
  const qs = new URLSearchParams(
    'ids' in of ? { ids: of.ids.join(',') } : { shipmentId: of.shipmentId },
  );
  return `/api/specimen-labels?${qs.toString()}`;
}

export function useShipments() {
  return useQuery({
    queryKey: specimenKeys.shipments,
    queryFn: ({ signal }) => http.request<Shipment[]>('GET', '/api/shipments', sig(signal)),
  });
}

export function useStorageBoxes() {
  return useQuery({
    queryKey: specimenKeys.boxes,
    queryFn: ({ signal }) => http.request<StorageBox[]>('GET', '/api/storage/boxes', sig(signal)),
  });
}

export function useBoxGrid(boxId: string | null) {
  return useQuery({
    queryKey: specimenKeys.box(boxId ?? '-'),
    enabled: boxId !== null,
    queryFn: ({ signal }) =>
      http.request<BoxGrid>(
        'GET',
        `/api/storage/boxes/${encodeURIComponent(boxId ?? '')}`,
        sig(signal),
      ),
  });
}

/** Every write refreshes all specimen data (custody moves specimens between lists). */
function useSpecimenWrite<TIn, TOut>(write: (input: TIn) => Promise<TOut>) {
  const client = useQueryClient();
  return useMutation<TOut, ApiProblem, TIn>({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: specimenKeys.all }),
  });
}

export function useCollectSpecimen() {
  return useSpecimenWrite((s: SpecimenCollection) =>
    http.request<Specimen>('POST', '/api/specimens', { body: s }),
  );
}

export function useCreateShipment() {
  return useSpecimenWrite((s: NewShipment) =>
    http.request<Shipment>('POST', '/api/shipments', { body: s }),
  );
}

export function useReceiveShipment() {
  return useSpecimenWrite(({ id, receipt }: { id: string; receipt: Receipt }) =>
    http.request<Shipment>('POST', `/api/shipments/${encodeURIComponent(id)}/receipt`, {
      body: receipt,
    }),
  );
}

/** Body of POST /api/storage/boxes (storage.routes.ts). */
export interface NewBox {
  siteId: string;
  code: string;
  freezer: string;
  rack: string;
  rows: number;
  columns: number;
}

export function useCreateBox() {
  return useSpecimenWrite((b: NewBox) =>
    http.request<StorageBox>('POST', '/api/storage/boxes', { body: b }),
  );
}

export function useSpecimenDetail(id: string | null) {
  return useQuery({
    queryKey: specimenKeys.detail(id ?? '-'),
    enabled: id !== null,
    queryFn: ({ signal }) =>
      http.request<SpecimenDetail>(
        'GET',
        `/api/specimens/${encodeURIComponent(id ?? '')}`,
        sig(signal),
      ),
  });
}

export function useCustodyStep() {
  return useSpecimenWrite(({ specimenId, step }: { specimenId: string; step: CustodyStep }) =>
    http.request<Specimen>('POST', `/api/specimens/${encodeURIComponent(specimenId)}/custody`, {
      body: step,
    }),
  );
}

export function useStoreSpecimen() {
  return useSpecimenWrite(
    ({ specimenId, boxId, position }: { specimenId: string; boxId: string; position: string }) =>
      http.request<Specimen>('POST', `/api/specimens/${encodeURIComponent(specimenId)}/storage`, {
        body: { boxId, position },
      }),
  );
}
