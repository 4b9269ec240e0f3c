import * as React from "react";
import {
  Divider,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../../workbook/port";
import { useSakipJobs } from "../hooks/useSakipJobs";
import { useJobOptions } from "../hooks/useJobOptions";
import { OptionsForm } from "./OptionsForm";
import { ActionBar } from "./ActionBar";
import { ResultView } from "./ResultView";
import { S } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // Fluent's Text and Title render inline: without a column the subtitle runs on after the title.
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  flush: { margin: 0 },
});

export type AppProps = {
  port: WorkbookPort;
  /** Selects a cell in the workbook (Office adapter in Excel, a fake in tests). */
  goTo: (sheet: string, cell: string) => Promise<void>;
  /** False on an Excel too old for the jobs (the cell functions still work there). */
  hostSupported?: boolean;
};

/** The task pane: settings, the three jobs, and what the last one found or wrote. */
export function App({ port, goTo, hostSupported = true }: AppProps) {
  const styles = useStyles();
  const { state, periksa, buatLaporan, buatTemplat } = useSakipJobs(port);
  const { draft, setDraft, options, tahunError } = useJobOptions();
  const busy = state.status === "running";
  const blocked = busy || Boolean(tahunError) || !hostSupported;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.flush}>
          {S.title}
        </Title3>
        <Text as="p" className={styles.flush}>
          {S.subtitle}
        </Text>
      </header>
      {!hostSupported && (
        <MessageBar intent="warning">
          <MessageBarBody>{S.hostTooOld}</MessageBarBody>
        </MessageBar>
      )}
      <OptionsForm draft={draft} onChange={setDraft} tahunError={tahunError} disabled={busy} />
      <ActionBar
        disabled={blocked}
        onPeriksa={() => void periksa(options)}
        onBuatLaporan={() => void buatLaporan(options)}
        onBuatTemplat={() => void buatTemplat()}
      />
      <Divider />
      <ResultView state={state} onGoTo={(sheet, cell) => void goTo(sheet, cell)} />
    </main>
  );
}
