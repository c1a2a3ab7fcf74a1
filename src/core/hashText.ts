// One content hash for everything Plume keeps by content: `plume check --cache` (CheckCache) and
// the workspace index that VS Code keeps between sessions (WorkspaceIndex). SHA-256 because Node
// and every host have it natively; base64url because it is the shortest text form of it (43
// characters) that is safe as a JSON value and a file name. `node:crypto` does no I/O.
import { createHash } from 'node:crypto';

/** The hash of a text, or of a file's bytes (the same value for a text and its UTF-8 bytes). */
export const hashText = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('base64url');
