/** Placeholder while the screen is written. */
import type { ScreenProps } from '../../screens.ts';

export function VisitEntryScreen(_props: ScreenProps) {
  return null;
}
