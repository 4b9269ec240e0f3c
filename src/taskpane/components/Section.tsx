import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  toggle: { width: "100%", justifyContent: "flex-start", fontWeight: tokens.fontWeightSemibold },
  // A chevron drawn with borders: no icon font or glyph the pane's fonts might lack.
  chevron: {
    display: "inline-block",
    width: "0.4em",
    height: "0.4em",
    marginRight: tokens.spacingHorizontalS,
    borderRight: `2px solid ${tokens.colorNeutralForeground2}`,
    borderBottom: `2px solid ${tokens.colorNeutralForeground2}`,
    transform: "rotate(-45deg)",
  },
  chevronOpen: { transform: "rotate(45deg)" },
  panel: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
});

export type SectionProps = { title: string; defaultOpen?: boolean; children: React.ReactNode };

/**
 * A collapsible pane section: a heading whose button says whether the panel is expanded (WAI-ARIA
 * disclosure). Lighter than Fluent's Accordion, which kept the pane's script over its size budget.
 */
export function Section({ title, defaultOpen = false, children }: SectionProps) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(defaultOpen);
  const id = React.useId();
  return (
    <section>
      <h2 className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          <span
            aria-hidden="true"
            className={open ? `${styles.chevron} ${styles.chevronOpen}` : styles.chevron}
          />
          {title}
        </Button>
      </h2>
      <div id={id} className={styles.panel} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
