// Property tests run on one fixed seed, so that `npm test` gives the same verdict on every run and
// every machine: a failure is a change in the code, never the luck of the draw. To explore, draw
// new cases: PLUME_FC_SEED=random PLUME_FC_RUNS=20000 npx vitest run test/unit/rewrite/facts
// (a counterexample found that way becomes a named test next to its property).
import fc from 'fast-check';

const chosen = process.env.PLUME_FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20_261_207 });
