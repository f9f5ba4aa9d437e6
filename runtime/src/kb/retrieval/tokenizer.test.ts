import { describe, expect, it } from 'vitest';
import { stemEnglish } from './english-stemmer.js';
import { tokenize, Tokenizer } from './tokenizer.js';

describe('tokenize', () => {
  it('keeps default domain terms whole (花呗 is one token, not 花 / 呗)', () => {
    expect(tokenize('我的花呗怎么还款')).toEqual(['花呗', '怎么', '还款']);
    expect(tokenize('借呗额度')).toEqual(['借呗', '额度']);
  });

  it('adds user dictionary words to jieba', () => {
    expect(tokenize('开通星河宝账户')).not.toContain('星河宝');
    expect(tokenize('开通星河宝账户', { dictionary: ['星河宝'] })).toContain('星河宝');
  });

  it('folds synonyms to one canonical token', () => {
    expect(tokenize('如何还钱')).toEqual(tokenize('怎么还款'));
    expect(tokenize('为啥花呗用不了')).toEqual(['为什么', '花呗', '不能']);
    expect(tokenize('花呗账号没到帐')).toEqual(tokenize('花呗帐号未到账'));
    // 怎么 + negation asks why; 怎么 + 还款 still asks how.
    expect(tokenize('花呗怎么不能用')).toEqual(tokenize('花呗为什么不能用'));
    expect(tokenize('花呗怎么还款')).toContain('怎么');
    expect(tokenize('I want my cashback', { synonyms: [['refund', 'cashback']] })).toEqual(['want', 'refund']);
  });

  it('stems English inflections to one stem and lowercases', () => {
    const stems = ['Charged', 'charges', 'charging', 'charge'].map((w) => tokenize(w)[0]);
    expect(new Set(stems)).toEqual(new Set(['charg']));
    expect(stemEnglish('applied')).toBe(stemEnglish('applies'));
    expect(stemEnglish('stopped')).toBe('stop');
  });

  it('drops stopwords but keeps negations and question words', () => {
    expect(tokenize("Why hasn't my card arrived?")).toEqual(['why', 'not', 'card', 'arriv']);
    expect(tokenize('I can’t log in')).toContain('not');
    expect(tokenize('the card', { keepStopwords: true })).toEqual(['the', 'card']);
    expect(tokenize('花呗不能用')).toContain('不能');
  });

  it('indexTerms adds characters and character bigrams of the folded Chinese words, not stopword characters', () => {
    const terms = new Tokenizer().indexTerms('改我的银行卡密码');
    expect(terms).toEqual(['改', '银行卡', '密码', '银', '行', '卡', '改银', '银行', '行卡', '密', '码', '卡密', '密码']);
    expect(terms).not.toContain('的');
    // Synonyms fold before the character channel, so 取消 and 关闭 share their characters too.
    expect(new Tokenizer().indexTerms('取消花呗')).toEqual(new Tokenizer().indexTerms('关闭花呗'));
  });

  it('handles mixed Chinese and English text and full-width characters', () => {
    expect(tokenize('ＡＰＰ里花呗付款失败 payment failed')).toEqual(['app', '里', '花呗', '付款', '失败', 'payment', 'fail']);
  });
});
