import * as React from "react";
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../engine/check/finding";
import { useS } from "../i18n";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export type SeverityChoice = Severity | "all";

export type SeverityFilterProps = {
  value: SeverityChoice;
  counts: Record<Severity, number>;
  onChange: (value: SeverityChoice) => void;
};

const ORDER: SeverityChoice[] = ["all", "error", "warning", "info"];

/** Narrows a long findings list to one severity; each button says how many findings it shows. */
export function SeverityFilter({ value, counts, onChange }: SeverityFilterProps) {
  const styles = useStyles();
  const S = useS();
  const total = counts.error + counts.warning + counts.info;
  return (
    <div className={styles.bar} role="group" aria-label={S.filterLabel}>
      {ORDER.map((choice) => (
        <ToggleButton key={choice} size="small" checked={value === choice} onClick={() => onChange(choice)}>
          {choice === "all" ? S.filterAll(total) : S.filterSeverity(S.severity[choice], counts[choice])}
        </ToggleButton>
      ))}
    </div>
  );
}
