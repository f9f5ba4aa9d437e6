/**
 * The node type as the editor and the publish checks see it. The config schema is
 * read from config.schema.json beside this file, so it is not repeated here.
 */
export default {
  type: 'acme/order-status',
  typeVersion: 1,
  title: { en: 'Order status', 'zh-CN': '查询订单状态' },
  description: {
    en: "Looks the order up in the order system and saves its status.",
    'zh-CN': '在订单系统中查询订单，并保存其状态。',
  },
  category: 'integration',
  icon: 'plug',
  ports: [
    { name: 'found', title: { en: 'Found', 'zh-CN': '已找到' } },
    { name: 'not-found', title: { en: 'No such order', 'zh-CN': '无此订单' } },
  ],
  waitsForInput: false,
};
