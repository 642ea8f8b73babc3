// Named points in the popup's audit (User Timing marks): the extension benchmark reads them to say where the time goes.
export function markStep(name: string): void {
  try {
    globalThis.performance?.mark?.(`audit:${name}`);
  } catch {
    // timing is only ever a measurement: never let it break an audit
  }
}
