import * as vscode from 'vscode';

export const PROPOSAL_SCHEME = 'plume';

interface Entry {
  data: Uint8Array;
  ctime: number;
  mtime: number;
}

/**
 * The proposals, in memory: `plume:/<id>/<name>.md`. Writable, so the writer may edit the
 * proposal in the diff before accepting it. Folders are implied by the paths.
 */
export class ProposalFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly files = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  /** Creates or replaces a proposal's text and tells the open editors. */
  setText(uri: vscode.Uri, text: string): void {
    const existing = this.files.get(uri.path);
    const now = Date.now();
    // The editor reloads only when the modification time moves.
    const mtime = existing ? Math.max(now, existing.mtime + 1) : now;
    this.files.set(uri.path, { data: new TextEncoder().encode(text), ctime: existing?.ctime ?? now, mtime });
    this.changed.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  getText(uri: vscode.Uri): string | undefined {
    const entry = this.files.get(uri.path);
    return entry ? new TextDecoder().decode(entry.data) : undefined;
  }

  remove(uri: vscode.Uri): void {
    if (this.files.delete(uri.path)) this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.files.get(uri.path);
    if (entry) return { type: vscode.FileType.File, ctime: entry.ctime, mtime: entry.mtime, size: entry.data.byteLength };
    if (this.isFolder(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    const names = new Map<string, vscode.FileType>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const [name, ...rest] = path.slice(prefix.length).split('/');
      if (name) names.set(name, rest.length > 0 ? vscode.FileType.Directory : vscode.FileType.File);
    }
    return [...names];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.files.get(uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const existing = this.files.get(uri.path);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    const now = Date.now();
    this.files.set(uri.path, { data: content, ctime: existing?.ctime ?? now, mtime: existing ? Math.max(now, existing.mtime + 1) : now });
    this.changed.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    for (const path of [...this.files.keys()]) if (path === uri.path || path.startsWith(`${uri.path}/`)) this.files.delete(path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  createDirectory(): void {
    // Folders exist as soon as a file is under them.
  }

  rename(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const entry = this.files.get(oldUri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(oldUri);
    this.files.delete(oldUri.path);
    this.files.set(newUri.path, entry);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: oldUri }, { type: vscode.FileChangeType.Created, uri: newUri }]);
  }

  private isFolder(path: string): boolean {
    if (path === '/' || path === '') return true;
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const file of this.files.keys()) if (file.startsWith(prefix)) return true;
    return false;
  }

  dispose(): void {
    this.files.clear();
    this.changed.dispose();
  }
}
