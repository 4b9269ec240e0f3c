import { CATALOG, type CatalogEntry } from "../functions/catalog";

/**
 * Renders the function catalog twice: as the README's markdown table and as help.html, the page
 * every function's help link opens. Both come from src/functions/catalog.ts only.
 */

function signature(entry: CatalogEntry): string {
  const args = entry.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `SAKIP.${entry.id}(${args.join("; ")})`;
}

function cellText(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The README table: one row per function, with its example in Indonesian Excel notation. */
export function functionTableMarkdown(catalog: CatalogEntry[] = CATALOG): string {
  const rows = catalog.map((e) => {
    const given = e.example.sheet ? ` (${sheetText(e.example.sheet)})` : "";
    return `| \`${signature(e)}\` | ${cellText(e.description)} | \`${cellText(e.example.formula)}\`${given} → ${e.example.result} |`;
  });
  return ["| fungsi | kegunaan | contoh |", "|---|---|---|", ...rows].join("\n");
}

function column(index: number): string {
  return String.fromCharCode(65 + index);
}

/** "A1:C1 = 20; 25; 30" for the cells an example reads. */
export function sheetText(sheet: (number | string | null)[][]): string {
  const last = `${column(sheet[0].length - 1)}${sheet.length}`;
  const values = sheet.flat().map((v) => (v === null ? "kosong" : String(v).replace(".", ",")));
  return `${sheet.length === 1 && sheet[0].length === 1 ? "A1" : `A1:${last}`} = ${values.join("; ")}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function section(e: CatalogEntry): string {
  const params = e.params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? " (opsional)" : ""}</td><td>${escapeHtml(p.description)}</td></tr>`,
    )
    .join("\n");
  const given = e.example.sheet
    ? ` <span class="given">dengan ${escapeHtml(sheetText(e.example.sheet))}</span>`
    : "";
  return [
    `<section id="${e.anchor}">`,
    `<h2><code>${escapeHtml(signature(e))}</code></h2>`,
    `<p>${escapeHtml(e.description)}</p>`,
    `<table><thead><tr><th>argumen</th><th>keterangan</th></tr></thead><tbody>\n${params}\n</tbody></table>`,
    `<p><strong>Hasil:</strong> ${escapeHtml(e.returns)}</p>`,
    `<p><strong>Contoh:</strong> <code>${escapeHtml(e.example.formula)}</code>${given} → <code>${escapeHtml(e.example.result)}</code></p>`,
    `</section>`,
  ].join("\n");
}

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#242424;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem}code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d1d1d1;padding:.3rem .5rem;text-align:left;vertical-align:top}
section:target{outline:2px solid #0f6cbd;outline-offset:.5rem}.given{color:#616161}`;

/** The whole help page, one section per function with the anchor its help URL points to. */
export function helpPageHtml(catalog: CatalogEntry[] = CATALOG): string {
  const index = catalog.map((e) => `<li><a href="#${e.anchor}">SAKIP.${e.id}</a></li>`).join("\n");
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fungsi SAKIP untuk Excel</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Fungsi SAKIP untuk Excel</h1>
<p>Ketik fungsi ini di sel seperti fungsi Excel biasa. Di Excel berbahasa Indonesia pemisah argumen adalah titik koma
(<code>=SAKIP.CAPAIAN(D5; E5)</code>), di Excel berbahasa Inggris koma (<code>=SAKIP.CAPAIAN(D5, E5)</code>).
Angka dapat berupa angka biasa atau teks berformat Indonesia. Argumen yang salah memberi <code>#VALUE!</code>,
pembagian dengan nol <code>#DIV/0!</code>, data yang belum ada <code>#N/A</code>, masing-masing dengan pesan.</p>
<ul>
${index}
</ul>
${catalog.map(section).join("\n")}
</body>
</html>
`;
}
