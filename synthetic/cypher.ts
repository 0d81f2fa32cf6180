/**
 * The statements that write a synthetic graph directly (no extraction): the API test fixture
 * and the benchmark graph generator. Node and fact rows are written as given; evidence rows
 * come from the production planner's builders (src/graph/plan.ts), so the graph is one that
 * ingest could have written and removal treats it as such.
 */
import path from 'node:path';
import { loadCypher } from '../src/db';

export const syntheticCypher = loadCypher(path.join(__dirname, 'cypher'));
