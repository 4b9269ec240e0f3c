import * as React from "react";
import {
  Button,
  Link,
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
import { useS } from "../i18n";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type ResultViewProps = {
  state: JobState;
  onGoTo: (sheet: string, cell: string) => void;
  onRecheck?: () => void;
  onContinue?: () => void;
  onCancel?: () => void;
  busy?: boolean;
};

/** Shows what the last job did: progress, findings, the sheets written, or why it failed. */
export function ResultView({
  state,
  onGoTo,
  onRecheck,
  onContinue,
  onCancel,
  busy = false,
}: ResultViewProps) {
  const styles = useStyles();
  const S = useS();
  switch (state.status) {
    case "idle":
      return null;
    case "running":
      return (
        <div className={styles.stack} role="status">
          <Spinner size="tiny" label={S.running[state.task]} />
          {state.progress && (
            <>
              <ProgressBar
                value={state.progress.done / Math.max(1, state.progress.total)}
                aria-label={S.progress(state.progress.done, state.progress.total, state.progress.sheet)}
              />
              <Text size={200}>
                {S.progress(state.progress.done, state.progress.total, state.progress.sheet)}
              </Text>
              <ul className={styles.sheets}>
                {(state.progress.written ?? []).map((sheet) => (
                  <li key={sheet}>
                    <Text size={200}>{S.sheetDone(sheet)}</Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    case "checked":
    case "confirm": {
      const { summary, findings, tables } = state.result;
      const confirm = state.status === "confirm";
      return (
        <div className={styles.stack}>
          <MessageBar intent={summary.errors ? "error" : summary.warnings ? "warning" : "success"}>
            <MessageBarBody>
              <MessageBarTitle>
                {confirm
                  ? S.confirmTitle(summary.errors)
                  : S.summary(summary.errors, summary.warnings, summary.info)}
              </MessageBarTitle>
              {/* Own line: inline after the title it read as "… 3 info 4 tabel dibaca". */}
              <div>
                {confirm
                  ? S.confirmBody
                  : tables.length && !state.result.nothingRead
                    ? S.tablesFound(tables.length)
                    : S.noTables}
              </div>
            </MessageBarBody>
          </MessageBar>
          {confirm ? (
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy} onClick={onContinue}>
                {S.confirmContinue}
              </Button>
              <Button disabled={busy} onClick={onCancel}>
                {S.confirmCancel}
              </Button>
            </div>
          ) : (
            onRecheck && (
              <div className={styles.row}>
                <Button size="small" disabled={busy} onClick={onRecheck}>
                  {S.periksaUlang}
                </Button>
              </div>
            )
          )}
          {findings.length ? (
            <section aria-label={S.findingsTitle}>
              <FindingsList
                findings={confirm ? findings.filter((f) => f.severity === "error") : findings}
                onGoTo={onGoTo}
              />
            </section>
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
            <ul className={styles.sheets} aria-label={S.generated(r.sheets.length)}>
              {r.sheets.map((s) => (
                <li key={s.key}>
                  <Link as="button" onClick={() => onGoTo(s.name, "A1")} aria-label={S.openSheet(s.name)}>
                    {s.name}
                  </Link>
                </li>
              ))}
            </ul>
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
    case "done":
      return (
        <MessageBar intent={state.warning ? "warning" : "success"}>
          <MessageBarBody>{state.message}</MessageBarBody>
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
