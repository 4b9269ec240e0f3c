import * as React from "react";
import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SeverityFilter, type SeverityChoice } from "./SeverityFilter";
import type { Finding, Severity } from "../../engine/check/finding";
import { useS } from "../i18n";

const useStyles = makeStyles({
  sheet: { marginTop: tokens.spacingVerticalM },
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` },
  list: { listStyleType: "none", padding: 0, margin: 0 },
  item: {
    display: "grid",
    // A fixed badge column keeps every message aligned whatever the severity's word length.
    gridTemplateColumns: "6.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rule: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export type FindingsListProps = { findings: Finding[]; onGoTo: (sheet: string, cell: string) => void };

/**
 * Findings grouped by sheet (they arrive sorted by sheet and cell), each group collapsible with its counts by
 * severity; each cell address selects the cell in Excel; the rule shows by its Indonesian name.
 */
export function FindingsList({ findings, onGoTo }: FindingsListProps) {
  const styles = useStyles();
  const S = useS();
  const [severity, setSeverity] = React.useState<SeverityChoice>("all");
  const shown = severity === "all" ? findings : findings.filter((f) => f.severity === severity);
  const bySheet = groupBySheet(shown);
  return (
    <div>
      <SeverityFilter value={severity} counts={countBySeverity(findings)} onChange={setSeverity} />
      {[...bySheet].map(([sheet, items]) => {
        const c = countBySeverity(items);
        return (
          <section key={sheet} className={styles.sheet} aria-label={sheet}>
            {/* Native details: collapsible with Enter/Space and announced as expanded/collapsed without ARIA work. */}
            <details open>
              <summary className={styles.summary}>
                <Text weight="semibold">{S.sheetCounts(sheet, c.error, c.warning, c.info)}</Text>
              </summary>
              <ul className={styles.list}>
                {items.map((f, i) => (
                  <li key={`${f.cell}-${f.rule}-${i}`} className={styles.item}>
                    <Badge appearance="filled" color={BADGE[f.severity]}>
                      {S.severity[f.severity]}
                    </Badge>
                    <div>
                      <Link
                        as="button"
                        onClick={() => onGoTo(f.sheet, f.cell)}
                        aria-label={S.goTo(f.sheet, f.cell)}
                      >
                        {f.cell}
                      </Link>{" "}
                      <span className={styles.rule} title={f.rule}>
                        {S.ruleName(f.rule)}
                      </span>
                      <div>{f.message}</div>
                    </div>
                  </li>
                ))}
              </ul>
            </details>
          </section>
        );
      })}
    </div>
  );
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function groupBySheet(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.sheet) ?? [];
    list.push(f);
    groups.set(f.sheet, list);
  }
  return groups;
}
