// Files a participant attaches to a report or input: checked here first (type, size, how
// many), so that a file too large is refused at once with its size and the limit, before it
// is read; then read and handed to the Rust side, which checks them again and keeps them
// in content-addressed chunks (crates/core/src/reports.rs, add_attachment).

import * as backend from './backend';
import type { AttachmentView } from './bindings/AttachmentView';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './vocabularies';

/** What the file picker offers. */
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_TYPES,
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.txt',
].join(',');

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  txt: 'text/plain',
};

/** Why a file cannot be attached: too large (`size` bytes), a type not taken, empty, or one
 * file too many. */
export type UploadProblem =
  | { kind: 'too-large'; name: string; size: number }
  | { kind: 'type'; name: string }
  | { kind: 'empty'; name: string }
  | { kind: 'too-many'; name: string };

/** A file's media type as attachments name it: its own, else guessed from its extension;
 * null when it is not a type attachments take. */
export function mediaTypeOf(file: { name: string; type: string }): string | null {
  const own = file.type.split(';')[0]!.trim().toLowerCase();
  if (ATTACHMENT_TYPES.includes(own)) return own;
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}

/** What keeps `file` from being attached beside `already` others, if anything. */
export function uploadProblem(file: File, already: number): UploadProblem | null {
  if (already >= MAX_ATTACHMENTS) return { kind: 'too-many', name: file.name };
  if (file.size > MAX_ATTACHMENT_BYTES) return { kind: 'too-large', name: file.name, size: file.size };
  if (file.size === 0) return { kind: 'empty', name: file.name };
  if (!mediaTypeOf(file)) return { kind: 'type', name: file.name };
  return null;
}

/** A file's content as base64, read with FileReader (which every webview has). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Stores `file` as an attachment on this device; the caller has checked uploadProblem. */
export async function attach(file: File): Promise<AttachmentView> {
  const type = mediaTypeOf(file) ?? file.type;
  return backend.addAttachment(file.name, type, await readBase64(file));
}

/** A media type as the Fluent message `attachment-type` names it: pdf, png, jpeg, webp,
 * text, or other. */
export function typeKey(mediaType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'pdf',
    'image/png': 'png',
    'image/jpeg': 'jpeg',
    'image/webp': 'webp',
    'text/plain': 'text',
  };
  return known[mediaType] ?? 'other';
}

/** A size in megabytes as the limits count them (2^20 bytes), for "12.4 MB". */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}

/** The chunks of an attachment in the batches it is fetched in, so that progress can be
 * shown between them. */
export function batches(chunks: readonly string[], size = 4): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < chunks.length; i += size) out.push(chunks.slice(i, i + size));
  return out;
}
