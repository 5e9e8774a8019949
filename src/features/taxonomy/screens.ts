import type { DbOrTx } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { treeOrder } from './read.ts';
import {
  findTerm,
  findVocabulary,
  labelsOfTerm,
  listVocabularies,
  subtreeIds,
  termsOfVocabulary,
} from './repository.ts';

// What the taxonomy screens show, read in one place so routes stay thin and views stay dumb.

export type VocabularySummary = Awaited<ReturnType<typeof listVocabularies>>[number];
type TermWithUsage = Awaited<ReturnType<typeof termsOfVocabulary>>[number];
export type TermNode = TermWithUsage & {
  depth: number;
  children: TermNode[];
  mergedIntoLabel: string | null;
};
export interface Choice {
  id: number;
  label: string;
  depth: number;
}

export const vocabulariesScreen = (db: DbOrTx, locale: Locale) => listVocabularies(db, locale);

/** A vocabulary, its terms as a tree (retired ones included, marked), and the parents a new term may take. */
export async function vocabularyScreen(db: DbOrTx, vocabularyId: string, locale: Locale) {
  const vocab = await findVocabulary(db, vocabularyId, locale);
  if (!vocab) throw notFound();
  const ordered = treeOrder(await termsOfVocabulary(db, vocabularyId, locale, { usage: true }), locale);
  const labels = new Map(ordered.map((t) => [t.id, t.label]));
  const nodes = new Map<number, TermNode>();
  const roots: TermNode[] = [];
  for (const t of ordered) {
    const node: TermNode = {
      ...t,
      children: [],
      mergedIntoLabel: t.mergedIntoId ? (labels.get(t.mergedIntoId) ?? null) : null,
    };
    nodes.set(t.id, node);
    const parent = t.depth > 0 && t.parentId !== null ? nodes.get(t.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const parentChoices: Choice[] = vocab.isTree
    ? ordered.filter((t) => t.status === 'active').map((t) => ({ id: t.id, label: t.label, depth: t.depth }))
    : [];
  return { vocab, roots, all: [...nodes.values()], parentChoices };
}

export type VocabularyScreen = Awaited<ReturnType<typeof vocabularyScreen>>;

/** One term with its labels in every language, and the choices its move and merge forms offer. */
export async function termScreen(db: DbOrTx, vocabularyId: string, termId: number, locale: Locale) {
  const screen = await vocabularyScreen(db, vocabularyId, locale);
  const node = screen.all.find((t) => t.id === termId);
  const row = await findTerm(db, termId);
  if (!node || !row) throw notFound();
  const below = new Set(await subtreeIds(db, termId));
  const active = screen.all.filter((t) => t.status === 'active');
  const toChoice = (t: TermNode): Choice => ({ id: t.id, label: t.label, depth: t.depth });
  return {
    vocab: screen.vocab,
    term: node,
    labels: await labelsOfTerm(db, termId),
    parentLabel: row.parentId ? (screen.all.find((t) => t.id === row.parentId)?.label ?? null) : null,
    parentChoices: screen.vocab.isTree ? active.filter((t) => !below.has(t.id)).map(toChoice) : [],
    mergeChoices: active.filter((t) => t.id !== termId).map(toChoice),
  };
}

export type TermScreen = Awaited<ReturnType<typeof termScreen>>;
