import { vi } from "vitest";
import { TenantFileStore } from "../tenant-file-store";

/** A tenant file write stopped before it reaches the disk, for the test to let go or fail. */
export interface HeldWrite {
  key: string;
  /** Lets the write reach the disk; resolves once the file is written (before the registry hears of it). */
  release(): Promise<void>;
  fail(error: Error): void;
}

/**
 * Stops every TenantFileStore write until the test lets it go, so a test can hold a write in flight and order what
 * happens around it without timers. `passThrough()` lets every write not yet let go or failed, and all later ones, go. Undo with
 * vi.restoreAllMocks().
 */
export function holdTenantWrites() {
  const realWrite = TenantFileStore.prototype.write;
  const arrived: HeldWrite[] = [];
  const unsettled = new Set<HeldWrite>();
  const waiting: ((held: HeldWrite) => void)[] = [];
  let holding = true;
  const spy = vi.spyOn(TenantFileStore.prototype, "write").mockImplementation(function (this: TenantFileStore, key: string, json: string) {
    if (!holding) return realWrite.call(this, key, json);
    return new Promise<void>((resolve, reject) => {
      const held: HeldWrite = {
        key,
        release: () => {
          unsettled.delete(held);
          const done = realWrite.call(this, key, json);
          done.then(resolve, reject);
          return done;
        },
        fail: (error) => {
          unsettled.delete(held);
          reject(error);
        },
      };
      unsettled.add(held);
      const waiter = waiting.shift();
      if (waiter) waiter(held);
      else arrived.push(held);
    });
  });
  return {
    spy,
    /** The next write to arrive, in the order the registry started them. */
    next: () => new Promise<HeldWrite>((resolve) => {
      const held = arrived.shift();
      if (held) resolve(held);
      else waiting.push(resolve);
    }),
    passThrough: () => {
      holding = false;
      arrived.length = 0;
      for (const held of [...unsettled]) void held.release();
    },
  };
}
