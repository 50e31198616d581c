/**
 * The library's entity view: every claim and note that mentions an entity, across all annotated
 * articles. Entities are recognised in each annotation's passage and note, then linked across
 * annotations: a one-word person name ("Yellen") joins the one full name that ends with it.
 */
import type { Annotation } from '../annotations/schema.ts';
import { exactOf } from '../annotations/selectors.ts';
import type { EntityType } from '../model/analysis.ts';
import { joinArticle } from '../model/article.ts';
import { segmentSentences } from '../text/segment.ts';
import { recognizeEntities } from '../entities/recognize.ts';

export interface IndexedEntity {
  canonical: string;
  type: EntityType;
  /** Ids of the annotations that mention it, in the order given. */
  annotations: string[];
}

function entitiesOf(annotation: Annotation): Array<{ canonical: string; type: EntityType }> {
  const article = {
    title: '',
    blocks: [
      { kind: 'paragraph' as const, text: exactOf(annotation.target.selector) },
      { kind: 'paragraph' as const, text: annotation.body.note },
    ],
  };
  const { text, blocks } = joinArticle(article);
  return recognizeEntities(text, segmentSentences(text, blocks)).map((e) => ({ canonical: e.canonical, type: e.type }));
}

/** Built one annotation at a time, so a page can index thousands of notes between frames. */
export class EntityIndex {
  private readonly byKey = new Map<string, IndexedEntity>();

  add(annotation: Annotation): void {
    const seen = new Set<string>();
    for (const { canonical, type } of entitiesOf(annotation)) {
      const key = `${type}\u0000${canonical}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { canonical, type, annotations: [] };
        this.byKey.set(key, entry);
      }
      entry.annotations.push(annotation.id);
    }
  }

  /** The entities, most mentioned first; one-word person names joined to their full name. */
  entities(): IndexedEntity[] {
    const byKey = new Map([...this.byKey].map(([k, e]) => [k, { ...e, annotations: [...e.annotations] }]));
    const people = [...byKey.values()].filter((e) => e.type === 'person');
    for (const short of people.filter((p) => !p.canonical.includes(' '))) {
      const full = people.filter((p) => p !== short && p.canonical.endsWith(` ${short.canonical}`));
      if (full.length !== 1) continue;
      const target = full[0]!;
      for (const id of short.annotations) if (!target.annotations.includes(id)) target.annotations.push(id);
      byKey.delete(`person\u0000${short.canonical}`);
    }
    return [...byKey.values()].sort(
      (a, b) => b.annotations.length - a.annotations.length || a.canonical.localeCompare(b.canonical),
    );
  }
}

export function indexEntities(annotations: readonly Annotation[]): IndexedEntity[] {
  const index = new EntityIndex();
  for (const a of annotations) index.add(a);
  return index.entities();
}
