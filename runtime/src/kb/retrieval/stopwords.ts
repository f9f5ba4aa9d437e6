/**
 * Words that carry no meaning for matching a question to an article. Negations (not,
 * no, never, 不, 没, 没有, 别, 未) and question words (how, why, when, 怎么, 为什么) are
 * NOT here on purpose: "why was I charged" and "I was not charged" are different
 * articles, and so are 能 and 不能.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // English (compared after lowercasing, before stemming)
  'a', 'an', 'the', 'i', 'me', 'my', 'mine', 'myself', 'we', 'our', 'you', 'your', 'it', 'its', 'this', 'that',
  'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'have', 'has',
  'had', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'about', 'as', 'into', 'and', 'or', 'so',
  'there', 'here', 'just', 'please', 'hi', 'hello', 'thanks', 'thank', 'some', 'any', 'would', 'could', 'should',
  'will', 'shall', 'may', 'might', 'also', 'very', 'really', 'still', 'yet', 'then', 'than', 'too', 'im', 've', 'll', 'd', 's', 'm',
  // Chinese particles and fillers
  '的', '了', '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '么', '啦', '哈', '呐', '嗯', '我', '我的', '你', '你们', '您', '是', '在',
  '请问', '请', '一下', '这个', '那个', '就', '都', '也', '和', '与', '及', '把', '被', '给', '着', '过', '个',
]);
