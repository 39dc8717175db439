/** Placeholder while the screen is built. */
export function ShipmentsScreen() {
  return <h1>shipments</h1>;
}
