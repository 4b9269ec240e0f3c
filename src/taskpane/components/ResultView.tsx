import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { JobState } from "../hooks/useSakipJobs";
import { FindingsList } from "./FindingsList";
import { S } from "../strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export type ResultViewProps = { state: JobState; onGoTo: (sheet: string, cell: string) => void };

/** Shows what the last job did: progress, findings, the sheets written, or why it failed. */
export function ResultView({ state, onGoTo }: ResultViewProps) {
  const styles = useStyles();
  switch (state.status) {
    case "idle":
      return null;
    case "running":
      return (
        <div className={styles.stack} role="status">
          <Spinner size="tiny" label={S.running[state.task]} />
          {state.progress && (
            <>
              <ProgressBar value={state.progress.done / Math.max(1, state.progress.total)} />
              <Text size={200}>
                {S.progress(state.progress.done, state.progress.total, state.progress.sheet)}
              </Text>
            </>
          )}
        </div>
      );
    case "checked": {
      const { summary, findings, tables } = state.result;
      return (
        <div className={styles.stack}>
          <MessageBar intent={summary.errors ? "error" : summary.warnings ? "warning" : "success"}>
            <MessageBarBody>
              <MessageBarTitle>{S.summary(summary.errors, summary.warnings, summary.info)}</MessageBarTitle>
              {/* Own line: inline after the title it read as "… 3 info 4 tabel dibaca". */}
              <div>{tables.length ? S.tablesFound(tables.length) : S.noTables}</div>
            </MessageBarBody>
          </MessageBar>
          {findings.length ? (
            <FindingsList findings={findings} onGoTo={onGoTo} />
          ) : (
            <Text>{S.noFindings}</Text>
          )}
        </div>
      );
    }
    case "generated": {
      const r = state.result;
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{S.generated(r.sheets.length)}</MessageBarTitle>
            {r.sheets.map((s) => s.name).join(", ")}
            <br />
            {S.summary(r.findings.errors, r.findings.warnings, r.findings.info)}
            {r.renamed.map((x) => (
              <div key={x.key}>{S.renamed(x.wanted, x.used)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case "template":
      return (
        <MessageBar intent="success">
          <MessageBarBody>{S.templateDone(state.sheets)}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{S.failed}</MessageBarTitle>
            {state.message}
            <div>{S.failedHint}</div>
          </MessageBarBody>
        </MessageBar>
      );
  }
}
