/** How long what chibo keeps only for a while is kept (RETENTION_* in the environment). */
export interface RetentionSettings {
  dialogDays: number;
  sentDays: number;
  exportHours: number;
}
