// A table of passages, by check id and wanted status, run as one test each: the shape the paraphrase tests share.
import { describe, expect, it } from 'vitest';

export type PassageCases = Record<string, Partial<Record<string, readonly string[]>>>;

export function describePassages(title: string, cases: PassageCases, status: (id: string, passage: string) => string): void {
  describe(title, () => {
    for (const [id, byStatus] of Object.entries(cases)) {
      describe(id, () => {
        for (const [want, passages] of Object.entries(byStatus)) {
          it.each([...(passages ?? [])])(`is ${want}: %s`, (passage) => expect(status(id, passage)).toBe(want));
        }
      });
    }
  });
}
