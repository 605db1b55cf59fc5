/**
 * The key a site's setting is stored under: the host name in lower case
 * without a leading `www.`. Returns undefined for URLs that are not web pages.
 */
export function siteKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return undefined;
  return parsed.hostname.toLowerCase().replace(/^www\./, '') || undefined;
}
