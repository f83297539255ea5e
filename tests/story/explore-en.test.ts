// The English story, explored for real: every reachable state (see tools/story/explore.mjs
// for how states merge and how phases are entered), under two sets of player settings.
import { describeExploration } from './shared';

describeExploration('en');
