/**
 * The shape of a parsed Markdown note (see markdown.ts): typed nodes, never HTML. A zod schema, since
 * trees travel from the background to the content script, which renders notes without carrying the
 * parser. Links are checked here too: a tree can hold only http(s) and mailto addresses.
 */
import * as z from 'zod/mini';

const MAX_HREF = 2048;
const SAFE_HREF = /^(?:https?:\/\/[^\s\p{Cc}<>"]+|mailto:[^\s\p{Cc}<>"/]+)$/iu;

/** Whether a link may be followed: only absolute http(s) and mailto addresses, no spaces or controls. */
export function isSafeHref(href: string): boolean {
  return href.length <= MAX_HREF && SAFE_HREF.test(href);
}

const Text = z.object({ type: z.literal('text'), text: z.string() });
const Code = z.object({ type: z.literal('code'), text: z.string() });
const Break = z.object({ type: z.literal('break') });
const Emphasis = z.object({
  type: z.enum(['strong', 'em']),
  get children() {
    return z.array(MdInline);
  },
});
const Link = z.object({
  type: z.literal('link'),
  href: z.string().check(z.refine(isSafeHref, 'links are http(s) or mailto')),
  get children() {
    return z.array(MdInline);
  },
});

// Recursive shapes cannot be inferred; the annotations make the compiler check schema and type agree.
export const MdInline: z.ZodMiniType<MdInline> = z.union([Text, Code, Break, Emphasis, Link]);
export type MdInline =
  | z.infer<typeof Text>
  | z.infer<typeof Code>
  | z.infer<typeof Break>
  | { type: 'strong' | 'em'; children: MdInline[] }
  | { type: 'link'; href: string; children: MdInline[] };

const Paragraph = z.object({ type: z.literal('paragraph'), children: z.array(MdInline) });
const Heading = z.object({
  type: z.literal('heading'),
  level: z.int().check(z.minimum(1), z.maximum(6)),
  children: z.array(MdInline),
});
const CodeBlock = z.object({ type: z.literal('codeblock'), text: z.string() });
const Rule = z.object({ type: z.literal('rule') });
const List = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.int(),
  get items() {
    return z.array(z.array(MdBlock));
  },
});
const Quote = z.object({
  type: z.literal('quote'),
  get children() {
    return z.array(MdBlock);
  },
});

export const MdBlock: z.ZodMiniType<MdBlock> = z.union([Paragraph, Heading, CodeBlock, Rule, List, Quote]);
export type MdBlock =
  | z.infer<typeof Paragraph>
  | z.infer<typeof Heading>
  | z.infer<typeof CodeBlock>
  | z.infer<typeof Rule>
  | { type: 'list'; ordered: boolean; start: number; items: MdBlock[][] }
  | { type: 'quote'; children: MdBlock[] };
