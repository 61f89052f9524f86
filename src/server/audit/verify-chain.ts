/**
 * Walks the audit log in chain order and names what breaks it: an event whose content no longer
 * matches its hash (edited), an event whose successor recorded another hash for it (rewritten
 * with a recomputed hash), places missing from the sequence (deleted), and events that have no
 * place in it (inserted: a place taken twice, or beyond the chain's head). Pure: rows in, findings
 * out, a page at a time, so a log of any length is checked in bounded memory.
 */
import { type ChainedEvent, canHash, hashEvent } from './chain.ts';

/** One stored event as the verifier needs it. */
export interface StoredEvent extends ChainedEvent {
  id: number;
  prevHash: string;
  hash: string;
  algorithm: string;
}

export type ProblemKind = 'edited' | 'deleted' | 'inserted' | 'unverifiable';

export interface ChainProblem {
  kind: ProblemKind;
  /** The event's place in the chain; for deletions the first missing place. */
  seq: number;
  /** The last missing place of a deletion. */
  toSeq?: number;
  /** The stored row's id, where there is a row. */
  id?: number;
  message: string;
  messageEn: string;
}

/** A place in the chain: its sequence number and hash. */
export interface ChainLink {
  seq: number;
  hash: string;
}

const MAX_PROBLEMS = 1000;

function describe(kind: ProblemKind, seq: number, toSeq?: number): [string, string] {
  const range = toSeq !== undefined && toSeq !== seq ? `#${seq}–#${toSeq}` : `#${seq}`;
  switch (kind) {
    case 'edited':
      return [
        `审计事件${range}被修改：内容与其哈希或后一事件记录的哈希不符`,
        `Audit event ${range} was edited: its content no longer matches its hash or the hash the next event recorded`,
      ];
    case 'deleted':
      return [`审计事件${range}被删除`, `Audit event ${range} was deleted`];
    case 'inserted':
      return [
        `审计事件${range}是插入的：它在哈希链中没有位置`,
        `Audit event ${range} was inserted: it has no place in the hash chain`,
      ];
    case 'unverifiable':
      return [
        `审计事件${range}的哈希算法在本机不可用，无法校验`,
        `Audit event ${range} uses a hash algorithm this machine lacks; it cannot be checked`,
      ];
  }
}

/**
 * Checks events pushed in chain order, from `start` (the genesis or a retention checkpoint) to
 * `head` (read in the same snapshot as the events).
 */
export class ChainVerifier {
  readonly problems: ChainProblem[] = [];
  events = 0;
  truncated = false;
  private last: ChainLink;
  private lastId: number | undefined;
  private readonly reported = new Set<string>();
  private readonly head: ChainLink;

  constructor(start: ChainLink, head: ChainLink) {
    this.last = start;
    this.head = head;
  }

  private report(kind: ProblemKind, seq: number, extra: { toSeq?: number; id?: number } = {}) {
    const key = `${kind}:${seq}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    if (this.problems.length >= MAX_PROBLEMS) {
      this.truncated = true;
      return;
    }
    const [message, messageEn] = describe(kind, seq, extra.toSeq);
    this.problems.push({ kind, seq, ...extra, message, messageEn });
  }

  /** Checks the next event in chain order against the one before it. */
  push(event: StoredEvent): void {
    this.events++;
    const previous = this.last;
    if (event.seq <= previous.seq || event.seq > this.head.seq) {
      this.report('inserted', event.seq, { id: event.id });
      return;
    }
    const previousId = this.lastId;
    this.last = { seq: event.seq, hash: event.hash };
    this.lastId = event.id;
    if (event.seq > previous.seq + 1)
      this.report('deleted', previous.seq + 1, { toSeq: event.seq - 1 });
    if (!canHash(event.algorithm)) {
      this.report('unverifiable', event.seq, { id: event.id });
      return;
    }
    if (hashEvent(event.algorithm, event.prevHash, event) !== event.hash)
      this.report('edited', event.seq, { id: event.id });
    else if (event.prevHash !== previous.hash && event.seq === previous.seq + 1)
      // The event is intact but recorded another hash for its predecessor: the predecessor was
      // rewritten and its hash recomputed.
      this.report('edited', previous.seq, previousId === undefined ? {} : { id: previousId });
  }

  /** Compares the end of the walk with the head: the newest events removed, or the last one edited. */
  finish(): void {
    const { head, last } = this;
    if (last.seq < head.seq) this.report('deleted', last.seq + 1, { toSeq: head.seq });
    else if (last.hash !== head.hash)
      this.report('edited', head.seq, this.lastId === undefined ? {} : { id: this.lastId });
  }
}
