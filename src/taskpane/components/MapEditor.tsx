import * as React from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PETA_FIELDS, type PetaTabel } from "../../workbook/peta";
import { toPetaTabel, type MapProposal } from "../../jobs/map-table";
import { useS } from "../i18n";
import { fieldLabel } from "../field-label";

const useStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export type MapEditorProps = {
  proposal: MapProposal;
  busy: boolean;
  onChange: (p: MapProposal) => void;
  onSave: (entry: PetaTabel) => void;
  onCancel: () => void;
};

/** One dropdown per selected column, preset with the proposed field; saving needs at least one column given a field. */
export function MapEditor({ proposal, busy, onChange, onSave, onCancel }: MapEditorProps) {
  const styles = useStyles();
  const S = useS();
  const [missing, setMissing] = React.useState(false);
  const setField = (i: number, field: string) =>
    onChange({
      ...proposal,
      columns: proposal.columns.map((c, j) => (j === i ? { ...c, field: field || null } : c)),
    });
  const save = () => {
    const entry = toPetaTabel(proposal);
    setMissing(!entry);
    if (entry) onSave(entry);
  };
  return (
    <section className={styles.stack} aria-label={S.mapFor(proposal.lembar, proposal.judul)}>
      <Text weight="semibold">{S.mapFor(proposal.lembar, proposal.judul)}</Text>
      <Field label={S.mapJenis}>
        <Select
          value={proposal.jenis ?? ""}
          disabled={busy}
          onChange={(_, d) =>
            onChange({ ...proposal, jenis: (d.value || undefined) as MapProposal["jenis"] })
          }
        >
          <option value="">{S.mapJenisAuto}</option>
          <option value="kinerja">{S.kind.kinerja}</option>
          <option value="anggaran">{S.kind.anggaran}</option>
          <option value="kinerja+anggaran">{S.kind["kinerja+anggaran"]}</option>
        </Select>
      </Field>
      {proposal.columns.map((c, i) => (
        <Field key={c.column} label={S.mapColumn(c.column, c.header)}>
          <Select value={c.field ?? ""} disabled={busy} onChange={(_, d) => setField(i, d.value)}>
            <option value="">{S.fieldNone}</option>
            {c.field && !(PETA_FIELDS as readonly string[]).includes(c.field) && (
              <option value={c.field}>{fieldLabel(S, c.field)}</option>
            )}
            {PETA_FIELDS.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(S, f)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {missing && (
        <Text role="alert" className={styles.error}>
          {S.mapNeedsField}
        </Text>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={save}>
          {S.mapSave}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {S.mapCancel}
        </Button>
      </div>
    </section>
  );
}
