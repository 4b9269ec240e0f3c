import type { Indikator, Model, TableInfo } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { indikatorKey } from "../indikator-key";

type Role = "pk" | "capaian" | "other";

/**
 * PK_NOT_REPORTED: an indicator of the Perjanjian Kinerja (a table so named, with targets and no realisasi) missing from every
 * capaian table (target and realisasi), or the reverse (004: the LPE indicator of PK Tabel 2.4 never measured in Tabel 3.2).
 * @example pkNotReported(model, evals, ctx)[0].message //=> "Indikator PK \"LPE Sektor Pertanian…\" tidak ada di tabel capaian kinerja"
 */
export const pkNotReported: Rule = (model) => {
  const roles = tableRoles(model);
  const names = (role: Role) =>
    new Set(
      model.indikator
        .filter((r) => roles.get(r.table) === role && isData(r))
        .map((r) => indikatorKey(r.indikator?.text)),
    );
  const pk = [...names("pk")];
  const cap = [...names("capaian")];
  if (pk.length === 0 || cap.length === 0) return [];
  const out: Finding[] = [];
  for (const r of model.indikator) {
    if (!isData(r) || !r.indikator) continue;
    const role = roles.get(r.table);
    const key = indikatorKey(r.indikator.text);
    const name = r.indikator.text.trim();
    if (role === "pk" && !cap.some((c) => sameIndikator(c, key))) {
      out.push(
        makeFinding(
          "PK_NOT_REPORTED",
          "warning",
          r.indikator,
          `Indikator PK "${name}" tidak ada di tabel capaian kinerja`,
          name,
          null,
        ),
      );
    } else if (role === "capaian" && !pk.some((p) => sameIndikator(p, key))) {
      out.push(
        makeFinding(
          "PK_NOT_REPORTED",
          "warning",
          r.indikator,
          `Indikator "${name}" dilaporkan capaiannya tetapi tidak ada di Perjanjian Kinerja`,
          name,
          null,
        ),
      );
    }
  }
  return out;
};

// "Nilai Capaian Kinerja Perangkat Daerah" and "… Perangkat Daerah (DKUKM)" name one indicator: all words of the
// shorter name (at least three) appear in the longer one.
function sameIndikator(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = short.split(" ");
  const pool = new Set(long.split(" "));
  return words.length >= 3 && words.every((w) => pool.has(w));
}

function isData(r: Indikator): boolean {
  return r.rowKind === "data" && indikatorKey(r.indikator?.text) !== "";
}

// A PK table states targets only and is called a Perjanjian Kinerja by its title or sheet: a Renja's plan, an RKPD
// review or a Renstra target table states targets only too, and their indicators need not be in the PK (the real 08
// workbook's "Review terhadap Rancangan Awal RKPD"). A capaian table states target and realisasi (or capaian).
function tableRoles(model: Model): Map<string, Role> {
  const roles = new Map<string, Role>();
  const rowsOf = new Map<string, Indikator[]>();
  for (const r of model.indikator) {
    if (r.rowKind !== "data") continue;
    const list = rowsOf.get(r.table) ?? [];
    list.push(r);
    rowsOf.set(r.table, list);
  }
  for (const t of model.tables) {
    if (t.kind !== "kinerja" && t.kind !== "kinerja+anggaran") continue;
    const rows = rowsOf.get(t.id) ?? [];
    const hasTarget = rows.some((r) => r.target);
    const hasReal = rows.some((r) => r.realisasi || r.capaianStated || r.realisasiTw);
    const pk = hasTarget && !hasReal && isPerjanjianKinerja(t);
    roles.set(t.id, pk ? "pk" : hasTarget && hasReal ? "capaian" : "other");
  }
  return roles;
}

const PK_NAME = /perjanjian\s+kinerja|penetapan\s+kinerja|\bpk\b/i;

/** True when a table's title or sheet names it a Perjanjian Kinerja ("Tabel 2.4 Perjanjian Kinerja …", sheet "PK"). */
function isPerjanjianKinerja(t: TableInfo): boolean {
  return PK_NAME.test(t.title ?? "") || PK_NAME.test(t.sheet);
}
