export type { BinaryOperator, Expr, ExpressionScope, ExprValue, FunctionName, LogicalOperator, RootName, UnaryOperator } from './ast.js';
export { ExpressionError } from './expression-error.js';
export { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH, parseExpression } from './parse-expression.js';
export { evaluateExpression, parseExpressionCached } from './evaluate-expression.js';
export { MAX_TEMPLATE_LENGTH, parseTemplate, type TemplatePart } from './parse-template.js';
export { parseTemplateCached, renderTemplate } from './render-template.js';
export { collectVariableRefs, type VariableRef } from './collect-variable-refs.js';
export { BUILTIN_FUNCTIONS, type BuiltinFunction } from './builtin-functions.js';
export { isTruthy, toText } from './coerce.js';
