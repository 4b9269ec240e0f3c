// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Nothing here resizes, so a no-op is honest.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
export {};
