/**
 * Resolves in a new task, after the browser had its chance to handle input and draw a frame, so a
 * long load can be split into steps none of which blocks the page for long. A MessageChannel
 * message is not clamped like setTimeout (4 ms after nesting, 1 s in background tabs).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
