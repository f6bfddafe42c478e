// Backups for the fixture store (fixture-store.ts): the rules of crates/core/src/backup.rs as
// the window can tell them apart, over stand-in files. A "backup file" here is the JSON text
// `{"plenaryBackup":1,"passphrase":…,"identity":…,"forums":[…]}`; any other content is a
// damaged file. A restore checks, in the core's order: the passphrase, then whose identity
// the file holds against this device's (the same → `would-replace`; another, on a device whose
// identity was used → `other-identity`, never replaced; another, on an unused first-run
// profile → `unused-identity`), and changes nothing when it refuses.

import type { AutomaticBackup } from './bindings/AutomaticBackup';
import type { BackupSummary } from './bindings/BackupSummary';
import type { RestoreSummary } from './bindings/RestoreSummary';

/** The shortest passphrase a new backup accepts (core: MIN_PASSPHRASE_CHARS). */
const MIN_PASSPHRASE_CHARS = 8;

const DAY = 24 * 60 * 60 * 1000;

/** The content of a stand-in backup file, for tests to restore. */
export function fixtureBackupFile(passphrase: string, identity: string, forums: string[] = []): string {
  return JSON.stringify({ plenaryBackup: 1, passphrase, identity, forums });
}

function refused(code: string, message: string) {
  return { code, message };
}

export class BackupFixtures {
  /** This device's identity (public key, hex). */
  identity = 'a3f1'.repeat(16);
  /** Whether this device's identity has been used (a server joined, a forum of its own). */
  used = true;
  /** The forums on this device, by title. */
  forums: string[] = ['Open-Source AI Safety Statement'];
  /** The backups made, by path. */
  made = new Map<string, string>();
  /** The automatic snapshots, newest first. */
  automatic: AutomaticBackup[];
  /** How many restores changed this device. */
  restores = 0;
  #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
    const today = now();
    this.automatic = [1, 2].map((days) => ({
      name: `daily-${days}.plenary-backup`,
      createdMs: today - days * DAY,
      kind: 'daily',
      size: 412_000 - days * 1000,
    }));
  }

  create(passphrase: string): BackupSummary {
    if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) {
      throw {
        code: 'invalid',
        field: 'passphrase',
        message: `passphrase: a backup's passphrase has at least ${MIN_PASSPHRASE_CHARS} characters`,
      };
    }
    const createdMs = this.#now();
    const day = new Date(createdMs).toISOString().slice(0, 10);
    let path = `/home/delegate/Downloads/plenary-backup-${day}.plenary-backup`;
    for (let n = 2; this.made.has(path); n++) {
      path = `/home/delegate/Downloads/plenary-backup-${day}-${n}.plenary-backup`;
    }
    const content = fixtureBackupFile(passphrase, this.identity, this.forums);
    this.made.set(path, content);
    return { path, size: content.length, createdMs, identity: this.identity, forums: [...this.forums] };
  }

  restore(source: { path?: string; data?: string }, passphrase: string, replace: boolean): RestoreSummary {
    const text = source.path !== undefined ? this.made.get(source.path) : decode(source.data ?? '');
    if (text === undefined) throw refused('io', `${source.path}: No such file or directory (os error 2)`);
    let file: { plenaryBackup?: number; passphrase?: string; identity?: string; forums?: string[] };
    try {
      file = JSON.parse(text) as typeof file;
    } catch {
      throw refused('backup-damaged', 'this file is not a Plenary backup');
    }
    if (file.plenaryBackup !== 1 || !file.identity) {
      throw refused('backup-damaged', 'this file is not a Plenary backup');
    }
    if (file.passphrase?.normalize('NFC') !== passphrase.normalize('NFC')) {
      throw refused('wrong-passphrase', 'the passphrase is wrong: it does not open this backup');
    }
    const short = (key: string) => key.slice(0, 8);
    if (file.identity === this.identity && !replace) {
      throw refused(
        'would-replace',
        "this data directory already holds this identity's store; restoring the backup replaces it, " +
          'losing what changed since the backup was made: confirm to replace it',
      );
    }
    if (file.identity !== this.identity && (this.used || !replace)) {
      const message =
        `this data directory belongs to another identity (${short(this.identity)}) than the backup ` +
        `(${short(file.identity)}), and a restore never mixes two identities: restore into an empty data directory`;
      if (this.used) throw refused('other-identity', message);
      throw refused('unused-identity', `${message}, or confirm to replace this unused one`);
    }
    const beforeRestore = `before-restore-${this.restores + 1}.plenary-backup`;
    this.automatic.unshift({ name: beforeRestore, createdMs: this.#now(), kind: 'before-restore', size: 400_000 });
    this.identity = file.identity;
    this.forums = [...(file.forums ?? [])];
    this.used = true;
    this.restores += 1;
    return {
      identity: file.identity,
      createdMs: this.#now() - DAY,
      forums: [...this.forums],
      replaced: true,
      beforeRestore,
    };
  }

  restoreAutomatic(name: string): RestoreSummary {
    const snapshot = this.automatic.find((b) => b.name === name);
    if (!snapshot) throw refused('not-found', `there is no automatic backup named ${name}`);
    const beforeRestore = `before-restore-${this.restores + 1}.plenary-backup`;
    this.automatic.unshift({ name: beforeRestore, createdMs: this.#now(), kind: 'before-restore', size: 400_000 });
    this.restores += 1;
    return {
      identity: this.identity,
      createdMs: snapshot.createdMs,
      forums: [...this.forums],
      replaced: true,
      beforeRestore,
    };
  }
}

function decode(data: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
