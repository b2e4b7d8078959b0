// Where the endpoint keeps what it received: in memory, or in a JSON Lines file that is flushed to disk
// before the endpoint answers, and read back on start so ids and first answers survive a restart.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A record as the endpoint received it.
 * @typedef {object} Entry
 * @property {Record<string, unknown> & { id: string }} record  the posted record, as it was posted
 * @property {string} receivedAt  ISO time at which it was stored
 */

/**
 * What the handler needs from a store. `add` resolves only once the entry is durable; until then
 * `get` does not return it.
 * @typedef {object} Store
 * @property {(id: string) => Entry | undefined} get
 * @property {(entry: Entry) => Promise<void>} add
 * @property {() => Entry[]} list  in the order received
 * @property {() => number} size
 * @property {() => Promise<void>} [close]
 */

/**
 * Makes a newly created file's directory entry durable (best effort: not every platform can).
 * @param {string} dir
 */
async function syncDirectory(dir) {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    /* not supported here */
  }
}

/**
 * Keeps records in memory only (tests, or when nothing needs to survive a restart).
 * @returns {Store}
 */
export function memoryStore() {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  return {
    get: (id) => entries.get(id),
    add: async (entry) => {
      entries.set(entry.record.id, entry);
    },
    list: () => [...entries.values()],
    size: () => entries.size,
  };
}

/**
 * Appends each record as one line `{"receivedAt": "...", "record": {...}}` to a JSON Lines file and
 * syncs it to disk before `add` resolves. On creation the file is read back (a torn last line from a
 * crash is skipped), so a restarted endpoint still knows every id and its first answer.
 * One process per file.
 * @param {string} path
 * @returns {Store}
 */
export function fileStore(path) {
  const memory = memoryStore();
  /** @type {Map<string, Entry>} */
  const loaded = new Map();
  let endsWithNewline = true;
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    endsWithNewline = text === '' || text.endsWith('\n');
    let lineNo = 0;
    for (const line of text.split('\n')) {
      lineNo += 1;
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line);
        if (entry && typeof entry.record?.id === 'string' && typeof entry.receivedAt === 'string') {
          // The first line for an id is the one that was answered.
          if (!loaded.has(entry.record.id)) loaded.set(entry.record.id, entry);
          continue;
        }
      } catch {
        /* reported below */
      }
      console.warn(`rnswd-endpoint: ${path}:${lineNo} is not a stored record; skipped.`);
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
  }
  for (const entry of loaded.values()) memory.add(entry);

  /** @type {import('node:fs/promises').FileHandle | undefined} */
  let handle;
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();
  // After a failed write the file may end in a torn line: the next record starts on a new one.
  let torn = !endsWithNewline;

  return {
    get: memory.get,
    list: memory.list,
    size: memory.size,
    add(entry) {
      const line = `${JSON.stringify({ receivedAt: entry.receivedAt, record: entry.record })}\n`;
      const write = queue.then(async () => {
        if (!handle) {
          const created = !existsSync(path);
          handle = await open(path, 'a');
          if (created) await syncDirectory(dirname(path));
        }
        try {
          await handle.appendFile(torn ? `\n${line}` : line);
          await handle.datasync();
          torn = false;
        } catch (error) {
          torn = true;
          throw error;
        }
        await memory.add(entry);
      });
      // One write at a time, in order; a failed write does not block the next one.
      queue = write.catch(() => {});
      return write;
    },
    async close() {
      await queue;
      await handle?.close();
      handle = undefined;
    },
  };
}
