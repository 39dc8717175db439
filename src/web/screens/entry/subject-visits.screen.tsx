/** Placeholder while the screen is written. */
import type { ScreenProps } from '../../screens.ts';

export function SubjectVisitsScreen(_props: ScreenProps) {
  return null;
}
