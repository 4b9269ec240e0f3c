/**
 * Any value as text for a message, without throwing (objects without a prototype cannot be String()ed).
 * @example showValue(Object.create(null)) //=> "object"
 */
export function showValue(raw: unknown): string {
  try {
    return String(raw);
  } catch {
    return typeof raw;
  }
}
