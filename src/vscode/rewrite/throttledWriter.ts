// At most 10 updates of the streaming proposal a second: each one reloads the diff.
const STREAM_UPDATE_MS = 100;

/**
 * Passes the latest streamed text to `write` at most once every `intervalMs`, and only while
 * `live()` holds (a discarded or finished proposal takes no late write).
 */
export function throttledWriter(write: (text: string) => void, live: () => boolean, intervalMs = STREAM_UPDATE_MS) {
  let pending: string | undefined;
  let lastWrite = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (pending === undefined || !live()) return;
    lastWrite = Date.now();
    write(pending);
    pending = undefined;
  };
  return {
    /** `text` undefined keeps the previous text (a repair starts from an empty answer). */
    offer(text: string | undefined): void {
      if (text) pending = text;
      if (!timer) timer = setTimeout(flush, Math.max(0, intervalMs - (Date.now() - lastWrite)));
    },
    stop(): void {
      clearTimeout(timer);
    },
  };
}
