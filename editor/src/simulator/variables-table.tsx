import { useI18n } from '../i18n/use-i18n';

/** The simulated conversation's variables, live. */
export function VariablesTable({ vars }: { vars: Record<string, unknown> }) {
  const { t } = useI18n();
  const names = Object.keys(vars).sort();
  return (
    <section className="simulator__vars" data-testid="simulator-variables">
      <h3 className="simulator__subtitle">{t('simulator.variables')}</h3>
      {names.length === 0 ? (
        <p className="muted small">{t('simulator.noVariables')}</p>
      ) : (
        <table className="table table--compact">
          <tbody>
            {names.map((name) => (
              <tr key={name} data-testid={`simulator-var-${name}`}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>
                  <code>{JSON.stringify(vars[name])}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
