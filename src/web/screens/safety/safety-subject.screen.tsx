/** Placeholder while the screen is built. */
export function SafetySubjectScreen() {
  return <h1>safety-subject</h1>;
}
