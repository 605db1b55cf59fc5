/**
 * `npm run knowledge [-- --json]`: compiles the knowledge and prints either a
 * coverage report or the compiled knowledge as JSON. Exits 1 on any problem.
 */
import { coverageOf, formatCoverage } from './coverage';
import { compileFromDisk } from './load';
import { KnowledgeError } from './problems';

function main(): number {
  try {
    const { knowledge, provenanceChecked, sourcesDir } = compileFromDisk();
    if (process.argv.includes('--json')) {
      process.stdout.write(JSON.stringify(knowledge, null, 2) + '\n');
      return 0;
    }
    const provenance = provenanceChecked
      ? `every quote found verbatim in its source (${sourcesDir})`
      : 'NOT checked: no sources folder (set SUMMIT_LENS_SOURCES)';
    console.log(formatCoverage(coverageOf(knowledge), provenance));
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
