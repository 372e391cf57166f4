// C0 controls except tab and newline, DEL and the C1 controls: raw, they could move the cursor or
// recolour the user's terminal when a hostile label or file name is echoed in a message.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Makes text safe to print on a terminal: control characters become visible `\uXXXX` escapes. */
export function escapeTerminalControls(text: string): string {
  return text.replace(TERMINAL_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
