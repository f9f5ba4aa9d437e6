import { router } from '../trpc.js';
import { getSimulatorTests } from './get-tests.js';
import { runSimulatorTests } from './run-tests.js';
import { saveSimulatorTests } from './save-tests.js';
import { sendToSimulation } from './send.js';
import { startSimulation } from './start.js';

/** Chat with a draft in the editor, and its conversation tests. */
export const simulatorRouter = router({
  start: startSimulation,
  send: sendToSimulation,
  runTests: runSimulatorTests,
  getTests: getSimulatorTests,
  saveTests: saveSimulatorTests,
});
