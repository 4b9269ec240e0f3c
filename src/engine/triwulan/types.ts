/** How TW I–IV make the annual value (docs/DOMAIN.md §4): sum, last filled quarter, mean of filled, maximum. */
export type Agregasi = "kumulatif" | "akhir" | "rata-rata" | "maks";
