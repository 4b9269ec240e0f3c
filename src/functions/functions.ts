/*
 * Entry of the functions bundle, loaded by taskpane.html (shared runtime). Each wrapper file is
 * imported for its side effect: custom-functions-metadata-plugin appends its
 * CustomFunctions.associate("ID", wrapper) call at build time (never written by hand).
 */
import "./angka";
import "./capaian";
import "./efisiensi";
import "./kategori-efisiensi";
import "./kemajuan";
import "./kriteria";
import "./pertumbuhan";
import "./predikat";
import "./rata";
import "./selisih";
import "./serapan";
import "./sisa";
import "./tahunan";
