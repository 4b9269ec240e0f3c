import * as path from "path";
import { generateCustomFunctionsMetadata, type IAssociate, type IFunction } from "custom-functions-metadata";

// webpack.config.js is CommonJS; its exported helpers decide which files the build feeds the generator.

const config = require("../../webpack.config.js") as { functionFiles: () => string[] };

export const ROOT = path.join(__dirname, "..", "..");

export type Metadata = { functions: IFunction[]; associate: IAssociate[]; errors: string[] };

let cached: Promise<Metadata> | undefined;

/** The metadata exactly as the build generates it (same generator, same input files). */
export function loadMetadata(): Promise<Metadata> {
  cached ??= generateCustomFunctionsMetadata(config.functionFiles()).then((result) => ({
    functions: result.metadataJson ? (JSON.parse(result.metadataJson).functions as IFunction[]) : [],
    associate: result.associate,
    errors: result.errors,
  }));
  return cached;
}

/** The wrapper a metadata entry names, loaded from the file the generator found it in. */
export function wrapperFor(entry: IAssociate): (...args: unknown[]) => unknown {
  const module = require(path.resolve(entry.sourceFileName)) as Record<string, unknown>;
  const fn = module[entry.functionName];
  if (typeof fn !== "function")
    throw new Error(`${entry.sourceFileName} does not export ${entry.functionName}`);
  return fn as (...args: unknown[]) => unknown;
}
