// Test only, loaded next to Plume by the integration launchers (a second extensionDevelopmentPath).
// It provides one language model through VS Code 1.100's proposed `chatProvider` API
// (vscode.lm.registerChatModelProvider), with answers scripted by the suite, so that Plume's
// rewrite runs through vscode.lm — selection, request, stream, cancellation, errors — with no
// network and no Copilot. The model exists only between `plumeScriptedModel.start` and
// `plumeScriptedModel.stop`, so the suite can also see VS Code with no model at all.
// code-server enables proposed APIs for every extension that declares them; desktop VS Code
// needs `--enable-proposed-api plume-tests.plume-scripted-model` (launchers/electron.mjs).
// VS Code 1.100 loads an extension's main with require(): CommonJS, not a module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vscode = require('vscode');

const VENDOR = 'plume-test';
let registration;
let script = [];
let requests = [];

/** The text of a message as the provider receives it (text parts only). */
function textOf(message) {
  return message.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

const provider = {
  async provideLanguageModelResponse(messages, options, extensionId, progress, token) {
    const request = {
      extensionId,
      justification: options?.justification,
      messages: messages.map((message) => ({ role: message.role === vscode.LanguageModelChatMessageRole.Assistant ? 'assistant' : 'user', text: textOf(message) })),
    };
    requests.push(request);
    const step = script.shift() ?? { answer: '' };
    if (step.error) throw vscode.LanguageModelError[step.error](step.message);
    // Small chunks, as a real model streams, with an optional pause so a test can act mid-stream.
    const chunks = step.answer.match(/[\s\S]{1,40}/g) ?? [];
    for (const chunk of chunks) {
      if (token.isCancellationRequested) return;
      progress.report({ index: 0, part: new vscode.LanguageModelTextPart(chunk) });
      if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    }
  },
  provideTokenCount(text) {
    const value = typeof text === 'string' ? text : textOf(text);
    return Math.ceil(value.length / 4);
  },
};

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('plumeScriptedModel.start', (steps = [], maxInputTokens = 32_000) => {
      script = [...steps];
      requests = [];
      if (!registration) {
        registration = vscode.lm.registerChatModelProvider('scripted', provider, {
          vendor: VENDOR,
          name: 'Plume scripted model',
          family: 'plume-scripted',
          version: '1',
          maxInputTokens,
          maxOutputTokens: 16_000,
        });
      }
      return true;
    }),
    vscode.commands.registerCommand('plumeScriptedModel.script', (steps = []) => {
      script = [...steps];
      requests = [];
    }),
    vscode.commands.registerCommand('plumeScriptedModel.requests', () => requests),
    vscode.commands.registerCommand('plumeScriptedModel.stop', () => {
      registration?.dispose();
      registration = undefined;
      return true;
    }),
    { dispose: () => registration?.dispose() },
  );
};

exports.deactivate = () => {};
