import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Diagnostic, Model, TableInfo } from "../../engine/model/types";
import { parseRange } from "../../workbook/a1";
import type { MapProposal } from "../../jobs/map-table";
import type { PetaTabel } from "../../workbook/peta";
import { MapEditor } from "./MapEditor";
import { useS } from "../i18n";
import { fieldLabel } from "../field-label";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", padding: 0, margin: 0 },
  table: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  columns: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  summary: { cursor: "pointer" },
});

export type DataSectionProps = {
  model?: Model;
  proposal?: MapProposal;
  busy: boolean;
  onReload: () => void;
  onMap: () => void;
  onProposalChange: (p: MapProposal | undefined) => void;
  onSaveMap: (entry: PetaTabel) => void;
};

/** The tables the reader understood (sheet, range, kind, rows, each column's role), those it did not and why, and "map a table". */
export function DataSection({
  model,
  proposal,
  busy,
  onReload,
  onMap,
  onProposalChange,
  onSaveMap,
}: DataSectionProps) {
  const styles = useStyles();
  const S = useS();
  const tables = model?.tables ?? [];
  return (
    <div className={styles.stack}>
      <Text>{S.dataIntro}</Text>
      {model && tables.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{S.noTables}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list} aria-label={S.dataTitle}>
        {tables.map((t) => (
          <li key={t.id} className={styles.table}>
            {t.kind === "unknown" ? (
              <MessageBar intent="warning">
                <MessageBarBody>
                  <div>{S.notUnderstood(t.sheet, t.range)}</div>
                  {reasons(t, model!.diagnostics).map((d, i) => (
                    <div key={i}>
                      {d.cell}: {d.message}
                    </div>
                  ))}
                </MessageBarBody>
              </MessageBar>
            ) : (
              // Closed by default: a wide table has thirty columns, and the list of tables must stay scannable.
              <details>
                <summary className={styles.summary}>
                  <Text weight="semibold">
                    {S.tableLine(t.sheet, t.range, S.kind[t.kind] ?? t.kind, t.rows)}
                    {t.source === "peta" ? ` · ${S.byPeta}` : ""}
                  </Text>
                </summary>
                {t.title && <div className={styles.muted}>{t.title}</div>}
                <ul className={styles.columns}>
                  {(t.columns ?? []).map((c) => (
                    <li key={c.column + c.cell}>
                      {c.column} {c.header ? `“${c.header}”` : ""} →{" "}
                      {c.field ? fieldLabel(S, c.field) : <span className={styles.muted}>{S.ignored}</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Button size="small" disabled={busy} onClick={onReload}>
          {S.bacaUlang}
        </Button>
      </div>
      <Text weight="semibold" as="h3">
        {S.mapTitle}
      </Text>
      <Text size={200}>{S.mapIntro}</Text>
      <div className={styles.row}>
        <Button disabled={busy} onClick={onMap}>
          {S.mapFromSelection}
        </Button>
      </div>
      {proposal && (
        <MapEditor
          proposal={proposal}
          busy={busy}
          onChange={onProposalChange}
          onSave={onSaveMap}
          onCancel={() => onProposalChange(undefined)}
        />
      )}
    </div>
  );
}

/** The reader's reasons for a table it did not understand: diagnostics inside its range, else those of its sheet. */
export function reasons(t: TableInfo, diagnostics: Diagnostic[]): Diagnostic[] {
  const box = parseRange(t.range);
  const onSheet = diagnostics.filter((d) => d.sheet === t.sheet);
  const inside = onSheet.filter((d) => {
    const at = parseRange(d.cell);
    return box && at && at.r1 >= box.r1 && at.r1 <= box.r2 && at.c1 >= box.c1 && at.c1 <= box.c2;
  });
  return inside.length ? inside : onSheet;
}
