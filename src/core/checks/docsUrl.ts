// The one place that knows where check pages are published; diagnostics and the CLI link here.
export const DOCS_BASE_URL = 'https://github.com/plume-seo/plume/blob/main/docs/checks/';

export function docsUrl(checkId: string): string {
  return `${DOCS_BASE_URL}${checkId}.md`;
}
