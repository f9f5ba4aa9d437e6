export { toValidationResult, type Problem, type Severity, type ValidationResult } from './problem.js';
export { formatProblem } from './format-problem.js';
export { PROBLEM_MESSAGES } from './messages/problem-messages.js';
export { validateFlow } from './validate-flow.js';
export { validateSettings } from './validate-settings.js';
export { validateBundle } from './validate-bundle.js';
export { nodePorts, type PortInstance } from './node-ports.js';
export { collectWidgetFields, type WidgetField } from './collect-widget-fields.js';
export { validateNodeDefinition } from './validate-node-definition.js';
