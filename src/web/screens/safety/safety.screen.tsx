/** Placeholder while the screen is built. */
export function SafetyScreen() {
  return <h1>safety</h1>;
}
