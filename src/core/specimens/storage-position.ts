/**
 * Positions in a storage box: rows are letters from A, columns numbers from 1 (a 9×9 cryobox
 * holds A1..I9, a 10×10 box A1..J10), the way boxes are printed and read. Parsing refuses a
 * position outside the box with a message that says what the box holds.
 */

export interface BoxGeometry {
  rows: number;
  columns: number;
}

export const MAX_BOX_SIDE = 26;

export type PositionCheck =
  | { kind: 'ok'; position: string; row: number; column: number }
  | { kind: 'invalid'; rule: string; message: string };

function rowLetter(row: number): string {
  return String.fromCharCode(64 + row);
}

/** @example positionName(1, 1) // 'A1'; positionName(9, 9) // 'I9' */
export function positionName(row: number, column: number): string {
  return `${rowLetter(row)}${column}`;
}

/** Every position of a box, row by row (A1, A2, …). */
export function boxPositions(g: BoxGeometry): string[] {
  const out: string[] = [];
  for (let r = 1; r <= g.rows; r++)
    for (let c = 1; c <= g.columns; c++) out.push(positionName(r, c));
  return out;
}

/** A box must be at least 1×1 and at most 26 rows (A–Z) by 26 columns. */
export function geometryIssue(g: BoxGeometry): string | null {
  for (const [k, v] of Object.entries(g))
    if (!Number.isInteger(v) || v < 1 || v > MAX_BOX_SIDE)
      return `${k} must be a whole number from 1 to ${MAX_BOX_SIDE}`;
  return null;
}

/**
 * @example parsePosition('i9', { rows: 9, columns: 9 }) // { kind: 'ok', position: 'I9', row: 9, column: 9 }
 * @example parsePosition('J1', { rows: 9, columns: 9 }).kind // 'invalid'
 */
export function parsePosition(text: string, g: BoxGeometry): PositionCheck {
  const m = /^([A-Za-z])(\d{1,2})$/.exec(text.trim());
  const last = positionName(g.rows, g.columns);
  if (!m)
    return {
      kind: 'invalid',
      rule: 'position-format',
      message: `"${text}" is not a box position: write a row letter and a column number, A1 to ${last}`,
    };
  const row = (m[1] ?? 'A').toUpperCase().charCodeAt(0) - 64;
  const column = Number(m[2]);
  if (row > g.rows)
    return {
      kind: 'invalid',
      rule: 'position-outside-box',
      message: `row ${rowLetter(row)} is outside this ${g.rows}×${g.columns} box (rows A–${rowLetter(g.rows)})`,
    };
  if (column < 1 || column > g.columns)
    return {
      kind: 'invalid',
      rule: 'position-outside-box',
      message: `column ${column} is outside this ${g.rows}×${g.columns} box (columns 1–${g.columns})`,
    };
  return { kind: 'ok', position: positionName(row, column), row, column };
}
