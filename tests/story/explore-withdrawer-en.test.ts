// The withdrawer's route in English (issue 19), explored for real like the first route's
// (explore-en.test.ts); its content checks wait for WITHDRAWER_WRITTEN (shared.ts).
import { describeExploration } from './shared';

describeExploration('en', 'withdrawer');
