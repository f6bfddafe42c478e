// How a failed command looks to the UI. Kept apart from backend.ts so that tests, which
// replace the backend, still use the real conversion.

/** How every command fails: a stable `code` (picks the message `error-<code>`) and the
 * Rust side's own English `message`, shown as technical details. A form's input that cannot
 * be accepted comes with code `invalid` and the `field` at fault, such as `body`. */
export type BackendError = { code: string; message: string; field?: string };

/** The code for a failure that never reached a command, or came back without a code. */
export const IPC_ERROR_CODE = 'ipc';

export function isBackendError(value: unknown): value is BackendError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BackendError).code === 'string' &&
    typeof (value as BackendError).message === 'string'
  );
}

/** Any rejection as a BackendError: Tauri itself rejects with a bare string when a command
 * does not exist or its arguments do not fit, and a missing Tauri throws a TypeError. */
export function toBackendError(reason: unknown): BackendError {
  if (isBackendError(reason)) {
    const { code, message, field } = reason;
    return typeof field === 'string' ? { code, message, field } : { code, message };
  }
  if (reason instanceof Error) return { code: IPC_ERROR_CODE, message: reason.message };
  return { code: IPC_ERROR_CODE, message: String(reason) };
}
