/**
 * The SAKIP.* wrappers as a HyperFormula function plugin, built from the generated metadata: each
 * metadata entry is registered under SAKIP.<id> and calls the wrapper its association names, with
 * Excel's calling convention (empty cell or omitted optional → null, ranges as 2-D arrays, a thrown
 * CustomFunctions.Error → the cell error with the same code and message). Test-only (GPL-3.0).
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { StubCustomFunctionsError } from "./custom-functions-stub";
import { wrapperFor, type Metadata } from "./metadata-helper";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

/** A HyperFormula cell value as Excel would hand it to a custom function. */
function excelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value !== null && typeof value === "object" && "val" in value) return (value as { val: unknown }).val; // rich numbers
  return value;
}

function firstError(rows: unknown[][]): CellError | undefined {
  for (const row of rows) for (const cell of row) if (cell instanceof CellError) return cell;
  return undefined;
}

function call(wrapper: (...args: unknown[]) => unknown, matrix: boolean[], args: unknown[]): unknown {
  const excelArgs: unknown[] = [];
  for (const [i, arg] of args.entries()) {
    if (arg instanceof SimpleRangeValue) {
      const rows = arg.rawData();
      const error = firstError(rows); // Excel does not call a function whose range holds an error
      if (error) return error;
      if (!matrix[i] && (rows.length !== 1 || rows[0].length !== 1))
        return new CellError(ErrorType.VALUE, "Rentang untuk argumen tunggal");
      excelArgs.push(matrix[i] ? rows.map((r) => r.map(excelValue)) : excelValue(rows[0][0]));
    } else {
      excelArgs.push(matrix[i] ? [[excelValue(arg)]] : excelValue(arg));
    }
  }
  try {
    return wrapper(...excelArgs);
  } catch (error) {
    if (error instanceof StubCustomFunctionsError)
      return new CellError(ERROR_TYPES[error.code], error.message);
    throw error;
  }
}

/** A plugin class with one method per function, plus the translations HyperFormula needs to register it. */
export function sakipPlugin(meta: Metadata) {
  class SakipPlugin extends FunctionPlugin {}
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  for (const f of meta.functions) {
    const association = meta.associate.find((a) => a.id === f.id);
    if (!association) throw new Error(`no association for ${f.id}`);
    const wrapper = wrapperFor(association);
    const matrix = f.parameters.map((p) => p.dimensionality === "matrix");
    const name = `SAKIP.${f.id}`;
    const method = `sakip_${f.id}`;
    implemented[name] = {
      method,
      parameters: f.parameters.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        optionalArg: p.optional ?? false,
      })),
    };
    names[name] = name;
    Object.defineProperty(SakipPlugin.prototype, method, {
      value: function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
        // runFunction is protected; the plugin is ours, so reach it through an untyped view.
        const self = this as unknown as {
          runFunction: (a: unknown[], s: unknown, m: unknown, fn: (...x: unknown[]) => unknown) => unknown;
          metadata: (n: string) => unknown;
        };
        return self.runFunction(ast.args, state, self.metadata(name), (...args) =>
          call(wrapper, matrix, args),
        );
      },
    });
  }
  (SakipPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions =
    implemented;
  return { plugin: SakipPlugin, translations: { enGB: names } };
}
