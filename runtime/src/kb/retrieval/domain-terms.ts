/**
 * Default user dictionary and synonym groups for Chinese customer service in finance and
 * e-commerce. jieba's general dictionary splits product names (花呗 → 花 / 呗), which
 * makes "花呗" match every question about 花; the dictionary keeps them whole. A
 * knowledge base adds its own terms through `RetrievalOptions`.
 */
export const DEFAULT_DICTIONARY: readonly string[] = [
  '花呗', '借呗', '余额宝', '蚂蚁', '蚂蚁花呗', '蚂蚁借呗', '芝麻信用', '芝麻分', '支付宝', '淘宝', '天猫', '网商贷',
  '余利宝', '相互宝', '蚂蚁森林', '蚂蚁庄园', '备用金', '分期', '提额', '降额', '额度', '逾期', '还款', '退款', '提现',
  '充值', '转账', '银行卡', '信用卡', '储蓄卡', '实名认证', '人脸识别', '验证码', '客服', '人工客服', '账单', '分期付款',
  '手续费', '利息', '年化', '冻结', '解冻', '注销', '绑定', '解绑', '收款码', '付款码', '免密支付', '自动扣款',
];

/** Each group folds to its first member. Abbreviations and common miswritings belong here. */
export const DEFAULT_SYNONYMS: readonly (readonly string[])[] = [
  ['花呗', '蚂蚁花呗', '花贝'],
  ['借呗', '蚂蚁借呗', '借贝'],
  ['怎么', '如何', '怎样', '咋', '怎么样', '咋样'],
  ['为什么', '为啥', '为何', '怎么回事', '什么原因'],
  ['提额', '提升额度', '提高额度', '增加额度'],
  ['还款', '还钱'],
  ['登录', '登陆'],
  ['注销', '销户'],
  ['不能', '不可以', '无法', '没法', '用不了'],
  ['可以', '能', '能够', '可不可以', '能不能'],
  ['手机', '手机号', '手机号码'],
  // General customer-service paraphrases (finance / e-commerce); negation stays a token of its own.
  ['没有', '没', '未', '尚未'],
  ['关闭', '取消', '停用', '关掉'],
  ['开通', '激活', '开启'],
  ['额度', '限额'],
  ['退款', '退钱'],
  ['账户', '账号', '帐号', '帐户'],
  ['账单', '帐单'],
  ['到账', '到帐'],
  ['使用', '用'],
  ['借钱', '借款'],
  ['收款码', '收钱码'],
  ['多久', '多长时间'],
  ['什么', '啥'],
  ['扣款', '扣钱', '扣费'],
  ['还清', '还完'],
  ['刷脸', '人脸识别'],
  ['再次', '重新'],
  ['蚂蚁', '马蚁'],
  ['逾期', '遇期'],
  ['显示', '提示'],
  ['怎么办', '如何处理', '怎么处理'],
  ['电话', '电话号码'],
  ['refund', 'reimburse'],
  ['cancel', 'revoke'],
  ['atm', 'cashpoint'],
];
