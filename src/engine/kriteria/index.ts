export type { Band, Scale, AkipGrade, ScaleRow } from "./types";
export { PERMENDAGRI_86 } from "./permendagri-86";
export { kriteria } from "./kriteria";
export { labelMatches } from "./label-matches";
export { buildScale } from "./build-scale";
export { predikatAkip, AKIP_SCALE } from "./predikat-akip";
export { gradeRank } from "./grade-rank";
