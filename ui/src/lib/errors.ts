// How a failed command looks to the UI. Kept apart from backend.ts so that tests, which
// replace the backend, still use the real conversion.

/** How every command fails: a stable `code` (picks the message `error-<code>`) and the
 * Rust side's own English `message`, shown as technical details. A form's input that cannot
 * be accepted comes with code `invalid` and the `field` at fault, such as `body`; a file that
 * cannot be imported with code `import` and every `problems` found, each saying where. A
 * report or input form refused whole comes with every field at fault in `fields` (a path
 * such as `supporting_materials[0].title`, and the Rust side's English message). */
export type BackendError = {
  code: string;
  message: string;
  field?: string;
  problems?: string[];
  fields?: FieldProblem[];
};

/** One field of a form at fault, and what is wrong with it. */
export type FieldProblem = { field: string; message: string };

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
    const { code, message, field, problems } = reason;
    const error: BackendError = typeof field === 'string' ? { code, message, field } : { code, message };
    if (Array.isArray(problems) && problems.every((p) => typeof p === 'string') && problems.length > 0) {
      error.problems = [...problems];
    }
    const fields: unknown = (reason as { fields?: unknown }).fields;
    if (Array.isArray(fields) && fields.length > 0 && fields.every(isFieldProblem)) {
      error.fields = fields.map(({ field, message }) => ({ field, message }));
    }
    return error;
  }
  if (reason instanceof Error) return { code: IPC_ERROR_CODE, message: reason.message };
  return { code: IPC_ERROR_CODE, message: String(reason) };
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}
