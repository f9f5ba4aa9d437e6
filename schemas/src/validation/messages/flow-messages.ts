/** Messages for the semantic checks of a flow, in every console language. */
import { p, type MessageCatalogue } from './message-catalogue.js';

export const FLOW_MESSAGES: MessageCatalogue = {
  KEFU_FLOW_UNKNOWN_NODE_TYPE: {
    en: (x) => `unknown node type "${p(x, 'type')}" (is its plugin installed?)`,
    'zh-CN': (x) => `未知的节点类型 "${p(x, 'type')}"（插件是否已安装？）`,
  },
  KEFU_FLOW_NODE_TYPE_VERSION_TOO_NEW: {
    en: (x) => `node type "${p(x, 'type')}" version ${p(x, 'typeVersion')} is newer than the installed version ${p(x, 'catalogVersion')}`,
    'zh-CN': (x) => `节点类型 "${p(x, 'type')}" 的版本 ${p(x, 'typeVersion')} 高于已安装的版本 ${p(x, 'catalogVersion')}`,
  },
  KEFU_FLOW_NODE_TYPE_VERSION_OLD: {
    en: (x) => `node type "${p(x, 'type')}" version ${p(x, 'typeVersion')} is older than the installed version ${p(x, 'catalogVersion')}; its settings are checked against the installed version`,
    'zh-CN': (x) => `节点类型 "${p(x, 'type')}" 的版本 ${p(x, 'typeVersion')} 低于已安装的版本 ${p(x, 'catalogVersion')}；将按已安装版本检查其配置`,
  },
  KEFU_FLOW_CONFIG_SCHEMA_INVALID: {
    en: (x) => `the settings schema of node type "${p(x, 'type')}" is broken (${p(x, 'detail')}); contact the plugin's author`,
    'zh-CN': (x) => `节点类型 "${p(x, 'type')}" 的配置 Schema 有误（${p(x, 'detail')}）；请联系插件作者`,
  },
  KEFU_FLOW_DUPLICATE_NODE_ID: {
    en: (x) => `node id "${p(x, 'id')}" is already used by /nodes/${p(x, 'firstIndex')}`,
    'zh-CN': (x) => `节点 id "${p(x, 'id')}" 已被 /nodes/${p(x, 'firstIndex')} 使用`,
  },
  KEFU_FLOW_DUPLICATE_EDGE_ID: {
    en: (x) => `edge id "${p(x, 'id')}" is already used by /edges/${p(x, 'firstIndex')}`,
    'zh-CN': (x) => `连线 id "${p(x, 'id')}" 已被 /edges/${p(x, 'firstIndex')} 使用`,
  },
  KEFU_FLOW_DUPLICATE_VARIABLE: {
    en: (x) => `variable "${p(x, 'name')}" is declared twice`,
    'zh-CN': (x) => `变量 "${p(x, 'name')}" 被重复声明`,
  },
  KEFU_FLOW_DUPLICATE_PORT: {
    en: (x) => `"${p(x, 'port')}" names two outputs of this node; each must be different`,
    'zh-CN': (x) => `"${p(x, 'port')}" 在该节点中命名了两个出口；出口名称不能重复`,
  },
  KEFU_FLOW_START_NODE_MISSING: {
    en: (x) => `the start node "${p(x, 'id')}" is not a node of this flow`,
    'zh-CN': (x) => `起始节点 "${p(x, 'id')}" 不在本流程中`,
  },
  KEFU_FLOW_EDGE_UNKNOWN_SOURCE: {
    en: (x) => `the connection starts at "${p(x, 'id')}", which is not a node of this flow`,
    'zh-CN': (x) => `连线的起点 "${p(x, 'id')}" 不是本流程中的节点`,
  },
  KEFU_FLOW_EDGE_UNKNOWN_TARGET: {
    en: (x) => `the connection leads to "${p(x, 'id')}", which is not a node of this flow`,
    'zh-CN': (x) => `连线的终点 "${p(x, 'id')}" 不是本流程中的节点`,
  },
  KEFU_FLOW_EDGE_UNKNOWN_PORT: {
    en: (x) => `node "${p(x, 'node')}" has no output "${p(x, 'port')}" (its outputs: ${p(x, 'ports')})`,
    'zh-CN': (x) => `节点 "${p(x, 'node')}" 没有出口 "${p(x, 'port')}"（可用出口：${p(x, 'ports')}）`,
  },
  KEFU_FLOW_PORT_MULTIPLE_EDGES: {
    en: (x) => `output "${p(x, 'port')}" of node "${p(x, 'node')}" is already connected by edge "${p(x, 'firstEdge')}"; an output leads to one place`,
    'zh-CN': (x) => `节点 "${p(x, 'node')}" 的出口 "${p(x, 'port')}" 已由连线 "${p(x, 'firstEdge')}" 连接；一个出口只能连到一处`,
  },
  KEFU_FLOW_PORT_NOT_CONNECTED: {
    en: (x) => `output "${p(x, 'port')}" of node "${p(x, 'node')}" is not connected to anything`,
    'zh-CN': (x) => `节点 "${p(x, 'node')}" 的出口 "${p(x, 'port')}" 没有连接`,
  },
  KEFU_FLOW_UNREACHABLE_NODE: {
    en: (x) => `node "${p(x, 'node')}" can never be reached from the start node`,
    'zh-CN': (x) => `从起始节点无法到达节点 "${p(x, 'node')}"`,
  },
  KEFU_FLOW_TERMINAL_NODE_HAS_EDGES: {
    en: (x) => `node "${p(x, 'node')}" ends the flow, so nothing can follow it`,
    'zh-CN': (x) => `节点 "${p(x, 'node')}" 会结束流程，之后不能再连接其他节点`,
  },
  KEFU_FLOW_CYCLE_WITHOUT_INPUT: {
    en: (x) => `nodes ${p(x, 'nodes')} form a loop that never waits for the customer, so it would run forever`,
    'zh-CN': (x) => `节点 ${p(x, 'nodes')} 构成了一个从不等待客户输入的循环，会无限运行`,
  },
  KEFU_FLOW_UNDECLARED_VARIABLE: {
    en: (x) => `variable "${p(x, 'name')}" is used but not declared in the flow's variables`,
    'zh-CN': (x) => `使用了未在流程变量中声明的变量 "${p(x, 'name')}"`,
  },
  KEFU_FLOW_EXPRESSION_SYNTAX: {
    en: (x) => `${p(x, 'reason')} at column ${p(x, 'column')}`,
    'zh-CN': (x) => `表达式有误（第 ${p(x, 'column')} 列）：${p(x, 'reason')}`,
  },
};
