import type { Finding, Severity } from "../engine/check/finding";

/** Indonesian label and fill of a finding's severity, in the order the report lists them. */
export const SEVERITIES: { severity: Severity; label: string; fill: string }[] = [
  { severity: "error", label: "Kesalahan", fill: "#FFC7CE" },
  { severity: "warning", label: "Peringatan", fill: "#FFEB9C" },
  { severity: "info", label: "Informasi", fill: "#DDEBF7" },
];

/** Number of findings of one severity. */
export function countSeverity(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}
