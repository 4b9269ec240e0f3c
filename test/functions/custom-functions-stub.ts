/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides: the same ErrorCode
 * strings as @types/custom-functions-runtime (coerce.test.ts checks them against the .d.ts) and
 * an Error class that only carries code and message, like the real one.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class StubCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubCustomFunctionsError,
  ErrorCode: ERROR_CODES,
};

/** What Excel would show for a call: the value, or the thrown error's code and message. */
export function excel(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { code: error.code, message: error.message };
    throw error;
  }
}
