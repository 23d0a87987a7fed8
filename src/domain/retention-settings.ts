/** How long what chibo keeps only for a while is kept (RETENTION_* in the environment). */
export interface RetentionSettings {
  dialogDays: number;
  sentDays: number;
  /** The trail of who opened whose plan, results, reasons or level. */
  auditDays: number;
  exportHours: number;
}
