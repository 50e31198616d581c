import type { SourcingPolicy } from '../../dom/article/metadata.ts';

/** The one link a reader wants: the unnamed-sources policy when declared, else the general principles. */
export function policyUrl(policy: SourcingPolicy | undefined): string | undefined {
  const url = policy?.unnamedSourcesPolicy ?? policy?.publishingPrinciples;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
