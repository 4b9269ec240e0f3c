export type { Polaritas, TargetSpec, CapaianInput } from "./types";
export { parsePolaritas } from "./parse-polaritas";
export { parseTarget } from "./parse-target";
export { capaian } from "./capaian";
export { rumusCapaian } from "./rumus";
export { explainCapaian } from "./explain";
export { soundsLowerIsBetter, dividesTargetByRealisasi } from "./lower-is-better";
