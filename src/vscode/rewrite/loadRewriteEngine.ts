// Loaded on the first rewrite only: the openai SDK and the rewrite pipeline stay out of activation
// (esbuild keeps them in the bundle but evaluates them at this import()).
export async function loadRewriteEngine() {
  const [{ rewriteArticle, recheckProposal }, { OpenAIChatModel }, { ArticleDocument }, { headingLevelAt }, { describeFactWarnings }] = await Promise.all([
    import('../../core/rewrite/rewriteArticle'),
    import('../../openai/OpenAIChatModel'),
    import('../../core/markdown/ArticleDocument'),
    import('../../core/rewrite/headingLevelAt'),
    import('../../core/rewrite/describeFactWarnings'),
  ]);
  return { rewriteArticle, recheckProposal, OpenAIChatModel, ArticleDocument, headingLevelAt, describeFactWarnings };
}

export type RewriteEngine = Awaited<ReturnType<typeof loadRewriteEngine>>;
