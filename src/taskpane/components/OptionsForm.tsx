import * as React from "react";
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { OptionsDraft } from "../hooks/useJobOptions";
import { REPORT_SHEETS, REPORT_SHEET_KEYS } from "../../report/report-sheets";
import { useS } from "../i18n";

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
  sheets: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    border: 0,
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

export type OptionsFormProps = {
  draft: OptionsDraft;
  onChange: (draft: OptionsDraft) => void;
  tahunError?: string;
  disabled: boolean;
  /** Saves the draft in the workbook; absent = no save button (the form only sets this run's options). */
  onSave?: () => void;
};

/** Reporting year, scale, cap, efficiency method and the sheets to build; saved in the workbook's settings sheet. */
export function OptionsForm({ draft, onChange, tahunError, disabled, onSave }: OptionsFormProps) {
  const styles = useStyles();
  const S = useS();
  const chosen = new Set(draft.lembar ?? REPORT_SHEET_KEYS);
  const toggle = (key: string, on: boolean) => {
    const next = REPORT_SHEET_KEYS.filter((k) => (k === key ? on : chosen.has(k)));
    onChange({ ...draft, lembar: next.length === REPORT_SHEET_KEYS.length ? undefined : next });
  };
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
      <Field label={S.skala} className={styles.wide}>
        <Select
          value={draft.skala ?? "lembar"}
          disabled={disabled}
          onChange={(_, d) =>
            onChange({
              ...draft,
              skala: d.value === "lembar" ? undefined : (d.value as OptionsDraft["skala"]),
            })
          }
        >
          <option value="lembar">{S.skalaLembar}</option>
          <option value="permendagri86">{S.skalaPermendagri}</option>
          <option value="akip">{S.skalaAkip}</option>
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
      {onSave && (
        <>
          <fieldset className={`${styles.sheets} ${styles.wide}`}>
            <legend className={styles.legend}>{S.lembar}</legend>
            {REPORT_SHEET_KEYS.map((key) => (
              <Checkbox
                key={key}
                label={REPORT_SHEETS[key]}
                checked={chosen.has(key)}
                disabled={disabled}
                onChange={(_, d) => toggle(key, Boolean(d.checked))}
              />
            ))}
          </fieldset>
          <div className={styles.wide}>
            <Button disabled={disabled || Boolean(tahunError)} onClick={onSave}>
              {S.simpanPengaturan}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
