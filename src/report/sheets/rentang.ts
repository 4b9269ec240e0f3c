/**
 * A band's range as the scale defines it (lower-bound rule, DOMAIN.md §3).
 * @example rentang(76, 91) //=> "76 – < 91"
 */
export function rentang(min: number | null, above: number | null): string {
  const f = (n: number) => String(n).replace(".", ",");
  if (min === null) return above === null ? "semua" : `< ${f(above)}`;
  return above === null ? `≥ ${f(min)}` : `${f(min)} – < ${f(above)}`;
}
