/** Every safety route (issue 6), for the route table. */
import { adverseEventRoutes } from './adverse-event.routes.ts';
import { concomitantMedicationRoutes } from './concomitant-medication.routes.ts';
import { labGradeRoutes } from './lab-grade.routes.ts';
import { protocolDeviationRoutes } from './protocol-deviation.routes.ts';
import { safetyAlertRoutes } from './safety-alert.routes.ts';

export const safetyRoutes = [
  ...adverseEventRoutes,
  ...concomitantMedicationRoutes,
  ...protocolDeviationRoutes,
  ...labGradeRoutes,
  ...safetyAlertRoutes,
];
