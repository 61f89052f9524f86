/**
 * Whole documents in the layouts other places publish (written for the project, see
 * documents/), read as a user would read them: no hand cleaning. Prints the summary and fails
 * when a change reads the corpus worse than the floors below, which are set just under what the
 * reading achieves so that a regression shows.
 */
import { describe, expect, it } from 'vitest';
import { emptyTally, loadCorpus, scoreDocument, summarise, summaryLine } from './read-corpus.ts';

/**
 * Before this corpus was read (commit ebf86b1, documents 01–32): documents read 20/32, items
 * 68/116, indicator F1 60.9%, actuals right 35/121. Documents 33–40 were written after the rules
 * and first read as a held-out check (8/8 read, items 22/24, F1 79.1%, actuals 15/25), and
 * documents 41–46 as a second one after the fixes it led to (5/6 read, items 14/17, F1 91.4%,
 * actuals 15/19). The floors
 * sit a little under what the reading now achieves, so one document lost or a handful of actuals
 * misread fails the test.
 */
const FLOORS = {
  read: 45,
  items: 152,
  f1: 0.95,
  actuals: 158,
  falseActuals: 1,
};

describe('the corpus of other places’ reports', () => {
  const corpus = loadCorpus();
  const tally = emptyTally();
  for (const doc of corpus) scoreDocument(doc, tally);
  const summary = summarise(tally);

  it('has at least 30 documents, each with its expected reading', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it('reads them at least as well as the floors', () => {
    console.log(`corpus: ${summaryLine(summary)}`);
    if (process.env.CORPUS_MISSES) console.log(tally.misses.join('\n'));
    expect(summary.read).toBeGreaterThanOrEqual(FLOORS.read);
    expect(summary.items[0]).toBeGreaterThanOrEqual(FLOORS.items);
    expect(summary.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(summary.actuals[0]).toBeGreaterThanOrEqual(FLOORS.actuals);
    expect(summary.falseActuals[0]).toBeLessThanOrEqual(FLOORS.falseActuals);
  });
});
