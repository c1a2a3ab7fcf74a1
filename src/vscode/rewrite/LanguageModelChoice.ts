import * as vscode from 'vscode';

/** One of VS Code's language models as the picker remembers it. */
export interface LanguageModelRef {
  vendor: string;
  family: string;
  id: string;
  /** Its name when chosen, for messages if it has gone since. */
  name?: string;
}

export type FoundLanguageModel =
  | { ok: true; chat: vscode.LanguageModelChat }
  | { ok: false; kind: 'no-models' | 'model-not-found'; model?: string };

// Kept in globalState, not a setting: a model id belongs to the extensions installed on this
// machine (Copilot's list changes with the plan and the release), not to a workspace or a team.
const STATE_KEY = 'plume.languageModel';

// With no choice yet: Copilot's models first, and among them families every Copilot plan
// includes without premium requests (GitHub's list, 2026); else whatever VS Code offers first.
const PREFERRED_FAMILIES = ['gpt-4.1', 'gpt-4o'];

/** The VS Code model the writer chose with « Plume : Choisir le modèle », per machine. */
export class LanguageModelChoice {
  constructor(private readonly state: vscode.Memento) {}

  get(): LanguageModelRef | undefined {
    const value = this.state.get<LanguageModelRef>(STATE_KEY);
    return value && typeof value.vendor === 'string' && typeof value.id === 'string' ? value : undefined;
  }

  async set(chat: Pick<vscode.LanguageModelChat, 'vendor' | 'family' | 'id' | 'name'> | undefined): Promise<void> {
    await this.state.update(STATE_KEY, chat ? { vendor: chat.vendor, family: chat.family, id: chat.id, name: chat.name } : undefined);
  }

  /**
   * The model to rewrite with: the one chosen (by id, else the same family of the same vendor —
   * ids change with versions), or with no choice Copilot's usual one. Selecting needs no
   * consent; only a request does.
   */
  async find(): Promise<FoundLanguageModel> {
    const chosen = this.get();
    if (chosen) {
      const [exact] = await vscode.lm.selectChatModels({ vendor: chosen.vendor, id: chosen.id });
      if (exact) return { ok: true, chat: exact };
      const [sameFamily] = chosen.family ? await vscode.lm.selectChatModels({ vendor: chosen.vendor, family: chosen.family }) : [];
      if (sameFamily) return { ok: true, chat: sameFamily };
      // Never another model in its place without asking: the writer chose this one.
      const any = await vscode.lm.selectChatModels();
      return any.length ? { ok: false, kind: 'model-not-found', model: chosen.name ?? chosen.id } : { ok: false, kind: 'no-models' };
    }
    const all = await vscode.lm.selectChatModels();
    const copilot = all.filter((chat) => chat.vendor === 'copilot');
    const usual = PREFERRED_FAMILIES.map((family) => copilot.find((chat) => chat.family === family)).find(Boolean);
    const chat = usual ?? copilot[0] ?? all[0];
    return chat ? { ok: true, chat } : { ok: false, kind: 'no-models' };
  }
}
