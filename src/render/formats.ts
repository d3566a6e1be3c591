// The report's output formats (a CLI contract: `--format`).
export const REPORT_FORMATS = ['table', 'md', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
