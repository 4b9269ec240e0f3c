// Shifting through the decimal exponent ("2.675e2") avoids the binary error of `x * 100`.
function shift(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

// 15 significant digits drop the noise of float arithmetic (0.1 + 0.2, 57.9 / 63 * 100) before
// rounding, so a value that is exactly half in decimal rounds up as a person would expect.
function clean(value: number): number {
  return Number(Math.abs(value).toPrecision(15));
}

function places(decimals: number): number {
  return Number.isFinite(decimals) ? Math.min(20, Math.max(-15, Math.trunc(decimals))) : 2;
}

/**
 * Rounds half up (away from zero, like Excel's ROUND) to `decimals`; non-finite input gives 0.
 * @example roundHalfUp(1.005, 2) //=> 1.01
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  const d = places(decimals);
  const r = shift(Math.round(shift(clean(value), d)), -d);
  return Number.isFinite(r) ? (value < 0 && r !== 0 ? -r : r) : value;
}

/**
 * Cuts to `decimals` toward zero, as reports that print 97,1 for 97,19 do (004); non-finite gives 0.
 * @example truncate(97.1918, 1) //=> 97.1
 */
export function truncate(value: number, decimals: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  const d = places(decimals);
  const r = shift(Math.floor(shift(clean(value), d)), -d);
  return Number.isFinite(r) ? (value < 0 && r !== 0 ? -r : r) : value;
}
