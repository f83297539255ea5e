// The withdrawer's route in Dutch (issue 19), explored for real like the first route's
// (explore-nl.test.ts); its content checks wait for WITHDRAWER_WRITTEN (shared.ts).
import { describeExploration } from './shared';

describeExploration('nl', 'withdrawer');
