import * as React from "react";
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { OptionsDraft } from "../hooks/useJobOptions";
import { S } from "../strings";

const useStyles = makeStyles({
  // minmax(0, 1fr) and minWidth 0: a 350 px task pane must never scroll sideways; "start" keeps the two
  // fields' inputs level when only one of them has a hint under it.
  form: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    "& > *": { minWidth: 0 },
  },
  // Fluent's Input keeps an intrinsic width wider than half a task pane; let it follow its column.
  control: { width: "100%", minWidth: 0 },
  wide: { gridColumn: "1 / span 2" },
});

export type OptionsFormProps = {
  draft: OptionsDraft;
  onChange: (draft: OptionsDraft) => void;
  tahunError?: string;
  disabled: boolean;
};

/** Reporting year, cap and efficiency method; everything else comes from the workbook (Profil, Skala). */
export function OptionsForm({ draft, onChange, tahunError, disabled }: OptionsFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Field label={S.tahun} hint={tahunError ? undefined : S.tahunHint} validationMessage={tahunError}>
        <Input
          className={styles.control}
          value={draft.tahun}
          inputMode="numeric"
          disabled={disabled}
          onChange={(_, d) => onChange({ ...draft, tahun: d.value })}
        />
      </Field>
      <Field label={S.batas}>
        <Select
          value={draft.batas}
          disabled={disabled}
          onChange={(_, d) => onChange({ ...draft, batas: d.value as OptionsDraft["batas"] })}
        >
          <option value="">{S.batasNone}</option>
          <option value="100">100%</option>
          <option value="120">120%</option>
        </Select>
      </Field>
      <Field label={S.efisiensi} className={styles.wide}>
        <Select
          value={draft.efisiensi}
          disabled={disabled}
          onChange={(_, d) => onChange({ ...draft, efisiensi: d.value as OptionsDraft["efisiensi"] })}
        >
          <option value="selisih">{S.efisiensiSelisih}</option>
          <option value="rasio">{S.efisiensiRasio}</option>
        </Select>
      </Field>
    </div>
  );
}
