/** Placeholder while the screen is built. */
export function StorageScreen() {
  return <h1>storage</h1>;
}
