/**
 * Runs on the server. `ctx.http.request` is Kefu's guarded HTTP client: it refuses
 * private and internal addresses unless the operator allowed them (KEFU_SSRF_ALLOW),
 * and bounds time and size. Anything thrown here leaves by the node's `error` port.
 *
 * @param {import('@kefu/runtime/plugin').NodeContext} ctx
 * @param {{ endpoint: string, orderNumber: string, statusVariable: string }} config
 * @returns {Promise<import('@kefu/runtime/plugin').NodeResult>}
 */
export default async function orderStatus(ctx, config) {
  const orderNumber = String(ctx.evaluate(config.orderNumber) ?? '').trim();
  if (orderNumber === '') return { port: 'not-found' };
  const url = `${config.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(orderNumber)}`;
  const response = await ctx.http.request({ url, headers: { accept: 'application/json' } });
  if (response.status === 404) return { port: 'not-found' };
  if (response.status !== 200) throw new Error(`the order API answered ${response.status}`);
  const body = response.json();
  const status = body !== null && typeof body === 'object' ? body.status : undefined;
  if (typeof status !== 'string') throw new Error('the order API answered without a "status" text');
  // Never log what the customer typed (Kefu's logs hold no message texts).
  ctx.logger.info({ found: true }, 'order status looked up');
  return { vars: { [config.statusVariable]: status }, port: 'found' };
}
