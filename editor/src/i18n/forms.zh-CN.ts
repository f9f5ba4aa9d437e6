import type { FormsMessageKey } from './forms.en';

/** Simplified Chinese strings of the generated config forms and the Monaco editors (spread into zh-CN.ts). */
export const formsZhCN: Record<FormsMessageKey, string> = {
  'forms.required': '必填',
  'forms.noSettings': '此节点没有设置项。',
  'forms.add': '添加',
  'forms.remove': '删除',
  'forms.moveUp': '上移',
  'forms.moveDown': '下移',
  'forms.item': '第 {n} 项',
  'forms.emptyList': '暂无。',
  'forms.choose': '请选择…',
  'forms.insertVariable': '插入变量',
  'forms.noVariables': '此流程还没有声明变量。',
  'forms.undeclaredVariable': '{name}（未声明）',
  'forms.scalarType': '值的类型',
  'forms.scalar.string': '文本',
  'forms.scalar.number': '数字',
  'forms.scalar.integer': '整数',
  'forms.scalar.boolean': '是 / 否',
  'forms.json.hint': '以 JSON 编辑。',
  'forms.json.invalid': 'JSON 尚不合法：{message}',
  'forms.monaco.loading': '正在加载编辑器…',
  'forms.monaco.jsonError': '第 {line} 行第 {column} 列：{message}。在 JSON 修正之前，画布保留最后一个有效的文档。',
  'forms.monaco.jsonLabel': '流程文档（JSON）',
  'forms.monaco.expressionLabel': '表达式',
  'forms.monaco.diffLabel': '两个文档的差异',
};
