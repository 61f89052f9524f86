/**
 * Bounds on what an import may cost. A real summary table is a few hundred KB with at most a few
 * hundred rows; these leave two orders of magnitude of room and still stop a hostile file before
 * it takes the server's memory or minutes of CPU.
 */
export const LIMITS = {
  /** Bytes of the uploaded file itself. */
  inputBytes: 50 * 1024 * 1024,
  /** Bytes all inflated zip entries may add up to, declared or actual. */
  inflatedBytes: 50 * 1024 * 1024,
  /** Entries in a zip (a .docx has ~15, an .xlsx ~10 plus one per sheet). */
  zipEntries: 5_000,
  /** Table rows. */
  rows: 20_000,
  /** Spreadsheet cells (rows × columns), since a cell costs ExcelJS far more memory than its XML. */
  cells: 500_000,
} as const;
