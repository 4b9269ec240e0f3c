import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CATALOG } from "../../functions/catalog";
import { useS } from "../i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", padding: 0, margin: 0 },
  item: { padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

export type FunctionsSectionProps = { busy: boolean; onColour: () => void };

/** The SAKIP.* functions with an example each (from the catalog the help page uses) and "colour the ratings". */
export function FunctionsSection({ busy, onColour }: FunctionsSectionProps) {
  const styles = useStyles();
  const S = useS();
  return (
    <div className={styles.stack}>
      <Text>{S.functionsIntro}</Text>
      <ul className={styles.list} aria-label={S.functionsTitle}>
        {CATALOG.map((f) => (
          <li key={f.id} className={styles.item}>
            <Text weight="semibold">SAKIP.{f.id}</Text>
            <div>{f.description}</div>
            <div className={styles.code}>
              {f.example.formula} → {f.example.result}
            </div>
          </li>
        ))}
      </ul>
      <Text size={200}>{S.colourKriteriaHint}</Text>
      <div>
        <Button disabled={busy} onClick={onColour}>
          {S.colourKriteria}
        </Button>
      </div>
    </div>
  );
}
