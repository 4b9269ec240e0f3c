import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useS } from "../i18n";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type ActionBarProps = {
  disabled: boolean;
  onPeriksa: () => void;
  onBuatLaporan: () => void;
  onBuatTemplat: () => void;
};

/** The three jobs of the add-in; the actions come in as props so the bar can be tested without Excel. */
export function ActionBar({ disabled, onPeriksa, onBuatLaporan, onBuatTemplat }: ActionBarProps) {
  const styles = useStyles();
  const S = useS();
  return (
    <div className={styles.bar}>
      <Button appearance="primary" disabled={disabled} onClick={onBuatLaporan}>
        {S.buatLaporan}
      </Button>
      <Button disabled={disabled} onClick={onPeriksa}>
        {S.periksa}
      </Button>
      <Button appearance="outline" disabled={disabled} onClick={onBuatTemplat}>
        {S.buatTemplat}
      </Button>
    </div>
  );
}
