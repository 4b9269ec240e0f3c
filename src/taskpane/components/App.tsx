import * as React from "react";
import {
  Button,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../../workbook/port";
import { useSakipJobs } from "../hooks/useSakipJobs";
import { draftFrom, pengaturanFrom, useJobOptions } from "../hooks/useJobOptions";
import { OptionsForm } from "./OptionsForm";
import { ActionBar } from "./ActionBar";
import { ResultView } from "./ResultView";
import { DataSection } from "./DataSection";
import { FunctionsSection } from "./FunctionsSection";
import { Section } from "./Section";
import { useS } from "../i18n";

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
  /** The user's selected range (for "map a table"). */
  selection?: () => Promise<{ sheet: string; address: string }>;
  /** Adds the kriteria colours as conditional formats to the selection. */
  colourKriteria?: () => Promise<{ sheet: string; address: string }>;
  /** The workbook's decimal separator; a note is shown once when it is not ",". */
  decimalSeparator?: () => Promise<string | undefined>;
  /** Read the tables and the stored settings on open (the add-in does; unit tests opt in). */
  autoLoad?: boolean;
};

/** The task pane: the jobs, what the last one found or wrote, and the Data, Pengaturan and Fungsi sections. */
export function App({
  port,
  goTo,
  hostSupported = true,
  selection,
  colourKriteria,
  decimalSeparator,
  autoLoad = false,
}: AppProps) {
  const styles = useStyles();
  const S = useS();
  const jobs = useSakipJobs(
    { port, goTo, selection, colourKriteria },
    autoLoad && hostSupported,
    S.lang === "en" ? "en" : "id",
  );
  const { state, data } = jobs;
  const { draft, setDraft, options, tahunError } = useJobOptions(S);
  const [separator, setSeparator] = React.useState<string | undefined>();
  const [noteClosed, setNoteClosed] = React.useState(false);
  // The stored settings fill the form once, when the workbook has been read.
  const filled = React.useRef(false);
  React.useEffect(() => {
    if (!data.loaded || filled.current) return;
    filled.current = true;
    setDraft(draftFrom(data.settings?.pengaturan));
  }, [data, setDraft]);
  // Asked once per opening of the pane: the note is said once, not after every job.
  const asked = React.useRef(false);
  React.useEffect(() => {
    if (asked.current || !hostSupported || !decimalSeparator) return;
    asked.current = true;
    void decimalSeparator().then(setSeparator);
  }, [decimalSeparator, hostSupported]);

  const busy =
    state.status === "running" || (autoLoad && hostSupported && !data.loaded && state.status !== "failed");
  const blocked = busy || Boolean(tahunError) || !hostSupported;
  const save = () => {
    const pengaturan = pengaturanFrom(draft);
    if (pengaturan)
      void jobs.simpanPengaturan({ ...(data.settings ?? { versi: 1 }), pengaturan }, S.pengaturanSaved);
  };
  return (
    <main className={styles.root} lang={S.lang}>
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
      {separator && separator !== "," && !noteClosed && (
        <MessageBar intent="info">
          <MessageBarBody>{S.decimalNote(separator)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setNoteClosed(true)}>
              {S.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ActionBar
        disabled={blocked}
        onPeriksa={() => void jobs.periksa(options)}
        onBuatLaporan={() => void jobs.buatLaporan(options)}
        onBuatTemplat={() => void jobs.buatTemplat()}
      />
      <ResultView
        state={state}
        busy={blocked}
        onGoTo={(sheet, cell) => void goTo(sheet, cell)}
        onRecheck={() => void jobs.periksa(options)}
        onContinue={() => state.status === "confirm" && void jobs.generate(state.options)}
        onCancel={jobs.cancel}
      />
      <Divider />
      <Section title={S.dataTitle} defaultOpen>
        <DataSection
          model={data.model}
          proposal={jobs.proposal}
          busy={blocked}
          onReload={() => void jobs.baca()}
          onMap={() => void jobs.petakan(S.mapSelectionTooBig)}
          onProposalChange={jobs.setProposal}
          onSaveMap={(entry) => void jobs.simpanPeta(entry, S.mapSaved(entry.lembar, entry.judul))}
        />
      </Section>
      <Section title={S.optionsTitle}>
        <OptionsForm
          draft={draft}
          onChange={setDraft}
          tahunError={tahunError}
          disabled={busy || !hostSupported}
          onSave={save}
        />
      </Section>
      <Section title={S.functionsTitle}>
        <FunctionsSection busy={blocked} onColour={() => void jobs.warnai(S.colourDone)} />
      </Section>
    </main>
  );
}
