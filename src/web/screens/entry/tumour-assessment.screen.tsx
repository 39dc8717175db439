/** Placeholder while the screen is written. */
import type { ScreenProps } from '../../screens.ts';

export function TumourAssessmentScreen(_props: ScreenProps) {
  return null;
}
