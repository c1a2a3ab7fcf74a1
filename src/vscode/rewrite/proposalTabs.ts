import * as vscode from 'vscode';
import { PROPOSAL_SCHEME } from './ProposalFileSystem';

/** The proposal a tab shows: the modified side of a Plume diff, or a proposal opened alone. */
export function proposalOf(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputTextDiff && input.modified.scheme === PROPOSAL_SCHEME) return [input.modified];
  if (input instanceof vscode.TabInputText && input.uri.scheme === PROPOSAL_SCHEME) return [input.uri];
  return [];
}

export function activeProposal(): vscode.Uri | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  return tab ? proposalOf(tab)[0] : undefined;
}

export function tabsShowing(proposal: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => proposalOf(tab).some((uri) => uri.toString() === proposal.toString()));
}

/** Closes the tabs showing a proposal; edits the writer made in it are kept in the proposal itself, so VS Code asks nothing. */
export async function closeProposalTabs(proposal: vscode.Uri): Promise<void> {
  const proposalDocument = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === proposal.toString());
  if (proposalDocument?.isDirty) await proposalDocument.save();
  const tabs = tabsShowing(proposal);
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
