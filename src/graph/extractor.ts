/**
 * The extractor used when the caller names none: the rule-based one, built once on first use
 * (loading its gazetteers is the slow part) and shared by every ingest of the process.
 */
import { RuleBasedExtractor } from '../extract';
import type { Extractor } from '../extract/types';

let shared: Promise<Extractor> | null = null;

export function defaultExtractor(): Promise<Extractor> {
  shared ??= Promise.resolve().then(() => new RuleBasedExtractor());
  return shared;
}
