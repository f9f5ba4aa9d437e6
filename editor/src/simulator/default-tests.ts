/** The tests a flow starts with in the simulator: one case to copy and adapt. */
export function defaultTestsYaml(flowName: string): string {
  return [
    `name: ${JSON.stringify(flowName)}`,
    'cases:',
    '  - name: greets the customer',
    '    steps:',
    '      - bot: { contains: "" }',
    '',
  ].join('\n');
}
