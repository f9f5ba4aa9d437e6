/** The editor's simulator: chat with the draft and run its conversation tests (mounted by the flow editor). */
export { SimulatorPanel } from './simulator-panel';
