/**
 * Reading time per document of the corpus of other places' reports (test/corpus): the whole
 * pipeline a user's `minsheng check` runs (repair, shape, items, indicators, assessment; a
 * refusal counts as a reading), against splitting the same text into lines.
 */
import { loadCorpus, readDocument } from '../test/corpus/read-corpus.ts';
import { median, time } from './timing.ts';

const ROUNDS = 25;

const medianMs = (fn: () => unknown) => median(time(fn, ROUNDS));

function readOrRefuse(text: string): void {
  try {
    readDocument(text);
  } catch {
    // A refusal with its reason is the reading of a text that is no report.
  }
}

export function benchCorpus(): void {
  const corpus = loadCorpus();
  // Warm the whole pipeline first, so the first document does not pay for the JIT.
  for (let i = 0; i < 3; i++) for (const doc of corpus) readOrRefuse(doc.text);
  const timed = corpus.map((doc) => ({
    name: doc.name,
    read: medianMs(() => readOrRefuse(doc.text)),
    split: medianMs(() => doc.text.split(/\r\n|\r|\n/).length),
  }));
  const reads = timed.map((t) => t.read).sort((a, b) => a - b);
  const ratios = timed.map((t) => t.read / t.split).sort((a, b) => a - b);
  const middle = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;
  const worst = timed.reduce((a, b) => (b.read > a.read ? b : a));
  console.log(
    `Corpus of other places' reports: ${corpus.length} documents, each read ${ROUNDS} times (its median taken)`,
  );
  console.log(
    `  per document: median ${middle(reads).toFixed(2)} ms, fastest ${reads[0]?.toFixed(2)} ms, slowest ${worst.read.toFixed(2)} ms (${worst.name})\n` +
      `  ×${middle(ratios).toFixed(0)} (${ratios[0]?.toFixed(0)}–${ratios.at(-1)?.toFixed(0)} across documents) splitting the same text into lines — a floor, not comparable work\n`,
  );
}
