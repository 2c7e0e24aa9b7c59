import { mkdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { containerExpired, containerNotFound, notFound } from '../api-error.js';
import { nowSeconds } from '../files/file-store.js';
import { newId } from '../ids.js';
import type { EmulatorOptions } from '../options.js';
import type { ExecutionSlots } from '../python/execution-slots.js';
import { PythonSession, type ExecutionResult } from '../python/python-session.js';
import { snapshotDirectory, type FileFingerprint } from './directory-snapshot.js';

export const memoryLimits = { '1g': 1, '4g': 4, '16g': 16, '64g': 64 } as const;
export type MemoryLimit = keyof typeof memoryLimits;

export interface ContainerFile {
  id: string;
  containerId: string;
  /** `/mnt/data/...` as the code sees it. */
  path: string;
  bytes: number;
  createdAt: number;
  source: 'user' | 'assistant';
  /** Captured plot images live outside `/mnt/data`; their bytes are kept here. */
  capturedBytes?: Buffer;
}

export interface Container {
  id: string;
  name: string;
  createdAt: number;
  lastActiveAtMs: number;
  expiresAfterMinutes: number;
  memoryLimit: MemoryLimit;
  status: 'running' | 'expired';
  directory: string;
  files: Map<string, ContainerFile>;
  known: Map<string, FileFingerprint>;
  session: PythonSession | undefined;
  runningCalls: number;
}

export interface CallOutcome extends ExecutionResult {
  /** Files the call created or changed in `/mnt/data`, registered as assistant files. */
  newFiles: ContainerFile[];
}

const mountPoint = '/mnt/data/';

/** Wire shape of a container. */
export function containerObject(container: Container) {
  return {
    id: container.id,
    object: 'container' as const,
    created_at: container.createdAt,
    status: container.status,
    expires_after: { anchor: 'last_active_at' as const, minutes: container.expiresAfterMinutes },
    last_active_at: Math.floor(container.lastActiveAtMs / 1000),
    memory_limit: container.memoryLimit,
    name: container.name,
  };
}

/** Wire shape of a container file. */
export function containerFileObject(file: ContainerFile) {
  return {
    id: file.id,
    object: 'container.file' as const,
    container_id: file.containerId,
    bytes: file.bytes,
    created_at: file.createdAt,
    path: file.path,
    source: file.source,
  };
}

/** Containers: a directory each, a lazily started Python session, idle expiry. */
export class ContainerRegistry {
  readonly #containers = new Map<string, Container>();
  readonly #options: EmulatorOptions;
  readonly #slots: ExecutionSlots;
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: EmulatorOptions, slots: ExecutionSlots) {
    this.#options = options;
    this.#slots = slots;
    this.#sweeper = setInterval(() => this.sweep(), Math.max(5, Math.min(options.minuteMs / 4, 5000)));
    this.#sweeper.unref();
  }

  create(input: { name: string; expiresAfterMinutes?: number; memoryLimit?: MemoryLimit }): Container {
    const id = newId.container();
    const directory = path.join(this.#options.dataDirectory, id);
    mkdirSync(directory, { recursive: true, mode: 0o777 });
    const container: Container = {
      id,
      name: input.name,
      createdAt: nowSeconds(),
      lastActiveAtMs: Date.now(),
      expiresAfterMinutes: input.expiresAfterMinutes ?? 20,
      memoryLimit: input.memoryLimit ?? '1g',
      status: 'running',
      directory,
      files: new Map(),
      known: new Map(),
      session: undefined,
      runningCalls: 0,
    };
    this.#containers.set(id, container);
    return container;
  }

  /** A container that exists, expired or not (GET shows expired ones). */
  find(id: string): Container {
    const container = this.#containers.get(id);
    if (!container) throw containerNotFound(id);
    return container;
  }

  /** A container that can be used now; using it counts as activity. */
  use(id: string): Container {
    this.sweep();
    const container = this.find(id);
    if (container.status === 'expired') throw containerExpired();
    container.lastActiveAtMs = Date.now();
    return container;
  }

  list(): Container[] {
    this.sweep();
    return [...this.#containers.values()];
  }

  delete(id: string): void {
    const container = this.find(id);
    this.#retire(container);
    this.#containers.delete(id);
  }

  /** Ends a container now (fault injection, or idle expiry). */
  expire(container: Container): void {
    if (container.status === 'expired') return;
    container.status = 'expired';
    this.#retire(container);
  }

  sweep(): void {
    const now = Date.now();
    for (const container of this.#containers.values()) {
      const idleLimit = container.expiresAfterMinutes * this.#options.minuteMs;
      if (container.status === 'running' && container.runningCalls === 0 && now - container.lastActiveAtMs >= idleLimit) {
        this.expire(container);
      }
    }
  }

  async addFile(container: Container, filename: string, bytes: Buffer, source: ContainerFile['source']): Promise<ContainerFile> {
    const safeName = safeFilename(filename);
    await writeFile(path.join(container.directory, safeName), bytes);
    const snapshot = await snapshotDirectory(container.directory);
    const fingerprint = snapshot.get(safeName);
    if (fingerprint) container.known.set(safeName, fingerprint);
    return this.#register(container, `${mountPoint}${safeName}`, bytes.length, source);
  }

  fileById(container: Container, fileId: string): ContainerFile {
    const file = container.files.get(fileId);
    if (!file) throw notFound(`Container file with id '${fileId}' not found.`, 'file_id');
    return file;
  }

  async readFile(container: Container, file: ContainerFile): Promise<Buffer> {
    if (file.capturedBytes) return file.capturedBytes;
    return readFile(path.join(container.directory, file.path.slice(mountPoint.length)));
  }

  deleteFile(container: Container, fileId: string): void {
    const file = this.fileById(container, fileId);
    container.files.delete(fileId);
    if (!file.capturedBytes) {
      const relative = file.path.slice(mountPoint.length);
      rmSync(path.join(container.directory, relative), { force: true });
      container.known.delete(relative);
    }
  }

  /** Runs one code interpreter call in the container's Python session. */
  async execute(container: Container, code: string): Promise<CallOutcome> {
    container.runningCalls += 1;
    const release = await this.#slots.acquire();
    try {
      container.session ??= new PythonSession({
        directory: container.directory,
        pythonPath: this.#options.pythonPath,
        sandbox: this.#options.sandbox,
        memoryLimitBytes: memoryLimits[container.memoryLimit] * 1024 ** 3,
        logLimit: this.#options.logLimit,
      });
      const result = await container.session.run(code, this.#options.callTimeoutMs);
      if (container.status === 'expired') return { ...result, newFiles: [] };
      const newFiles = await this.#collectNewFiles(container);
      for (const image of result.images) newFiles.push(this.#registerCapturedImage(container, Buffer.from(image, 'base64')));
      return { ...result, newFiles };
    } finally {
      release();
      container.runningCalls -= 1;
      container.lastActiveAtMs = Date.now();
    }
  }

  /** Process ids of live Python sessions (tests check none survive). */
  processIds(): number[] {
    return [...this.#containers.values()].flatMap((container) => (container.session?.pid === undefined ? [] : [container.session.pid]));
  }

  close(): void {
    clearInterval(this.#sweeper);
    for (const container of this.#containers.values()) this.#retire(container);
    this.#containers.clear();
  }

  async #collectNewFiles(container: Container): Promise<ContainerFile[]> {
    const snapshot = await snapshotDirectory(container.directory);
    const created: ContainerFile[] = [];
    // Creation order (then name), so answers list files in the order the code wrote them.
    const ordered = [...snapshot].sort(([nameA, a], [nameB, b]) => a.modifiedMs - b.modifiedMs || nameA.localeCompare(nameB));
    for (const [relative, fingerprint] of ordered) {
      const before = container.known.get(relative);
      if (before && before.size === fingerprint.size && before.modifiedMs === fingerprint.modifiedMs) continue;
      container.known.set(relative, fingerprint);
      const path = `${mountPoint}${relative}`;
      for (const [id, file] of container.files) if (file.path === path) container.files.delete(id);
      created.push(this.#register(container, path, fingerprint.size, 'assistant'));
    }
    return created;
  }

  #registerCapturedImage(container: Container, bytes: Buffer): ContainerFile {
    const id = newId.containerFile();
    const file: ContainerFile = {
      id,
      containerId: container.id,
      path: `${mountPoint}${id}.png`,
      bytes: bytes.length,
      createdAt: nowSeconds(),
      source: 'assistant',
      capturedBytes: bytes,
    };
    container.files.set(id, file);
    return file;
  }

  #register(container: Container, filePath: string, bytes: number, source: ContainerFile['source']): ContainerFile {
    for (const [id, file] of container.files) if (file.path === filePath) container.files.delete(id);
    const file: ContainerFile = { id: newId.containerFile(), containerId: container.id, path: filePath, bytes, createdAt: nowSeconds(), source };
    container.files.set(file.id, file);
    return file;
  }

  #retire(container: Container): void {
    container.session?.stop();
    container.session = undefined;
    container.files.clear();
    container.known.clear();
    rmSync(container.directory, { recursive: true, force: true });
  }
}

/** Base name only: no directories, no traversal, no control characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f]/g, '').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..') return 'upload.bin';
  return cleaned;
}
