/**
 * Text → tokens for retrieval. Chinese runs go through jieba (with the user dictionary so
 * domain terms such as 花呗 stay whole); Latin runs are lowercased, contractions split so
 * "can't" keeps its "not", and stemmed. Synonym groups fold to one canonical token, so
 * "如何还钱" and "怎么还款" meet. Mixed text ("iPhone 分期怎么还") works because each run
 * is handled by its own script.
 *
 * jieba's dictionary is process-wide (loading it costs ~300 ms once); user dictionary
 * words are added to it and only ever grow it, which is harmless for other KBs: a word
 * kept whole is still matched whole on both sides.
 */
import { createRequire } from 'node:module';
import type { Jieba as JiebaType } from '@node-rs/jieba';
import { DEFAULT_DICTIONARY, DEFAULT_SYNONYMS } from './domain-terms.js';
import { stemEnglish } from './english-stemmer.js';
import { STOPWORDS } from './stopwords.js';

export interface TokenizerOptions {
  /** Extra user dictionary words (added to the defaults). */
  dictionary?: readonly string[];
  /** Extra synonym groups (added to the defaults); each folds to its first member. */
  synonyms?: readonly (readonly string[])[];
}

export interface TokenizeOptions extends TokenizerOptions {
  /** Keep stopwords (the trained matcher wants them: "how" vs "why" is signal there). */
  keepStopwords?: boolean;
}

const require = createRequire(import.meta.url);
let sharedJieba: JiebaType | undefined;
const loadedWords = new Set<string>();

function jieba(): JiebaType {
  if (!sharedJieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    sharedJieba = Jieba.withDict(dict);
  }
  return sharedJieba;
}

const HAN = /\p{Script=Han}/u;
const RUNS = /[\p{Script=Han}]+|[\p{L}\p{N}']+/gu;
/**
 * 怎么 before a negation or "will/still" asks why, not how: 怎么不能用 = 为什么不能用, while
 * 怎么还款 (how to repay) stays. Measured on AFQMC: top-1 14.8 → 15.3 %.
 */
const HOW_AS_WHY = /(怎么|怎样|咋)(?=不|没|会|老是|总是|一直|还(?![款钱清上]))/g;

/** Lowercased, width-folded text; the form every feature of the engine starts from. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'");
}

function splitLatinWord(word: string): string[] {
  const trimmed = word.replace(/^'+|'+$/g, '');
  if (!trimmed) return [];
  if (trimmed.endsWith("n't")) {
    const base = trimmed.slice(0, -3);
    const fixed = base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'sha' ? 'shall' : base;
    return fixed ? [fixed, 'not'] : ['not'];
  }
  const apostrophe = trimmed.indexOf("'");
  return apostrophe > 0 ? [trimmed.slice(0, apostrophe)] : [trimmed.replace(/'/g, '')];
}

/** A Latin word as one private-use character (hashed; collisions only blur the re-ranking). */
function latinSymbol(word: string): string {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) >>> 0;
  return String.fromCharCode(0xe000 + (hash % 6400));
}

export class Tokenizer {
  private readonly synonyms = new Map<string, string>();

  constructor(options: TokenizerOptions = {}) {
    const groups = [...DEFAULT_SYNONYMS, ...(options.synonyms ?? [])];
    const words = [...DEFAULT_DICTIONARY, ...(options.dictionary ?? []), ...groups.flat()];
    const fresh = words.map(normalizeText).filter((w) => HAN.test(w) && w.length > 1 && !loadedWords.has(w));
    if (fresh.length > 0) {
      jieba().loadDict(Buffer.from(fresh.map((w) => `${w} 200000 n`).join('\n')));
      for (const w of fresh) loadedWords.add(w);
    }
    for (const group of groups) {
      const canonical = this.fold(normalizeText(group[0] ?? ''));
      for (const member of group) this.synonyms.set(this.fold(normalizeText(member)), canonical);
    }
  }

  /** Tokens of `text`, stopwords removed unless `keepStopwords`. */
  tokenize(text: string, keepStopwords = false): string[] {
    const tokens: string[] = [];
    for (const run of normalizeText(text).replace(HOW_AS_WHY, '为什么').match(RUNS) ?? []) {
      const words = HAN.test(run) ? jieba().cut(run, true) : splitLatinWord(run);
      for (const word of words) {
        if (!keepStopwords && STOPWORDS.has(word)) continue;
        const folded = this.fold(word);
        tokens.push(this.synonyms.get(folded) ?? folded);
      }
    }
    return tokens;
  }

  /**
   * What BM25 indexes: the tokens, plus a character channel over the synonym-folded
   * Chinese tokens — each character of a multi-character word and each character bigram
   * across consecutive words. Characters rescue matches that jieba segments differently
   * on the two sides (额度提升 vs 提额度, 耍不了脸 vs 刷脸); bigrams keep word order and
   * local phrases that single characters lose; folding first lets 取消/关闭 and 没/未 meet
   * in this channel too. Their IDF keeps them from dominating. Measured on AFQMC (BM25
   * alone, top-1 / top-3): words 11.9 / 23.7 %, + raw characters 12.6 / 27.1 %, folded
   * characters + bigrams with the larger synonym list 13.9 / 28.9 % (docs/kb-retrieval.md).
   */
  indexTerms(text: string): string[] {
    return this.indexForms(text).terms;
  }

  /**
   * `indexTerms` plus the form BM25 re-ranks by: the folded Chinese characters of the text
   * (particles dropped), with each Latin word of mixed text as one symbol; '' for text
   * without Chinese (English KBs are not re-ranked). One jieba pass for both.
   */
  indexForms(text: string): { terms: string[]; han: string } {
    const tokens = this.tokenize(text);
    const terms = [...tokens];
    let han = '';
    let hasHan = false;
    let previous = '';
    for (const token of tokens) {
      if (!HAN.test(token)) {
        // A Latin word in mixed text is one symbol of the form, so its order counts too.
        han += latinSymbol(token);
        previous = '';
        continue;
      }
      hasHan = true;
      const chars = [...token];
      if (chars.length > 1) for (const char of chars) if (!STOPWORDS.has(char)) terms.push(char);
      for (const char of chars) {
        // Particles (的, 了, 么 …) only make noisy bigrams (了吗, 怎么 in every question).
        if (STOPWORDS.has(char)) previous = '';
        else {
          han += char;
          if (previous) terms.push(previous + char);
          previous = char;
        }
      }
    }
    return { terms, han: hasHan ? han : '' };
  }

  private fold(word: string): string {
    return HAN.test(word) ? word : stemEnglish(word);
  }
}

const tokenizers = new Map<string, Tokenizer>();

/**
 * Tokenises with the default dictionary and synonyms plus the given ones. Tokenizers are
 * cached per option set, so calling this in a loop (grouping unanswered questions) is cheap.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const key = JSON.stringify([options.dictionary ?? [], options.synonyms ?? []]);
  let tokenizer = tokenizers.get(key);
  if (!tokenizer) {
    tokenizer = new Tokenizer(options);
    tokenizers.set(key, tokenizer);
  }
  return tokenizer.tokenize(text, options.keepStopwords ?? false);
}
