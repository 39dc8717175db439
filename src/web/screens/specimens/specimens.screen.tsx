/** Placeholder while the screen is built. */
export function SpecimensScreen() {
  return <h1>specimens</h1>;
}
