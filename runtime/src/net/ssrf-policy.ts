/**
 * The operator's exceptions to the SSRF guard (`KEFU_SSRF_ALLOW`).
 *
 * Self-hosted Kefu often has to call an ERP or CRM on the company network, which the
 * guard blocks by default. Only the operator, who owns the process environment, may open
 * such holes — never a flow designer — so the allowance lives in the environment, is
 * parsed once at start, and a typo stops the server instead of silently allowing nothing.
 *
 * Entries are exact host names (`erp.internal`; no wildcards, so one name cannot
 * accidentally cover a whole zone) or IP addresses and CIDRs (`10.1.2.0/24`, `fd00::/8`).
 * An allowed host name covers whatever it resolves to; an allowed address covers every
 * host name that resolves to it.
 */
import { BlockList, isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { KefuError } from '../errors.js';

export interface SsrfPolicy {
  /** Normalised entries: lower-case ASCII host names, IP addresses and CIDRs. */
  allow: readonly string[];
}

export const DEFAULT_SSRF_POLICY: SsrfPolicy = { allow: [] };

/** Parses `KEFU_SSRF_ALLOW` (comma-separated); unset or blank allows nothing extra. */
export function parseSsrfAllow(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => parseAllowEntry(entry).text);
}

/** A policy ready to answer "is this host / this address allowed?" many times. */
export interface SsrfAllowMatcher {
  allowsHost(host: string): boolean;
  allowsAddress(address: string): boolean;
}

export function compileSsrfPolicy(policy: SsrfPolicy): SsrfAllowMatcher {
  const hosts = new Set<string>();
  const addresses = new BlockList();
  for (const entry of policy.allow) {
    const parsed = parseAllowEntry(entry.trim());
    if (parsed.kind === 'host') hosts.add(parsed.text);
    else addresses.addSubnet(parsed.network, parsed.prefix, parsed.family);
  }
  return {
    allowsHost: (host) => hosts.has(normaliseHostName(host) ?? ''),
    allowsAddress: (address) => {
      const bare = address.split('%')[0] ?? '';
      const version = isIP(bare);
      return version !== 0 && addresses.check(bare, version === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

type AllowEntry =
  | { kind: 'host'; text: string }
  | { kind: 'subnet'; text: string; network: string; prefix: number; family: 'ipv4' | 'ipv6' };

function parseAllowEntry(entry: string): AllowEntry {
  const parsed = readAllowEntry(entry);
  if (!parsed) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_SSRF_ALLOW: "${entry}" is not a host name, IP address or CIDR`, {
      path: '/env/KEFU_SSRF_ALLOW',
    });
  }
  return parsed;
}

function readAllowEntry(entry: string): AllowEntry | undefined {
  const [address = '', prefixText, ...rest] = entry.replace(/^\[(.*)\]$/, '$1').split('/');
  const version = isIP(address);
  if (version === 0) {
    const host = prefixText === undefined ? normaliseHostName(entry) : undefined;
    return host === undefined ? undefined : { kind: 'host', text: host };
  }
  const width = version === 6 ? 128 : 32;
  const prefix = prefixText === undefined ? width : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
  if (rest.length > 0 || address.includes('%') || !(prefix >= 0 && prefix <= width)) return undefined;
  const network = address.toLowerCase();
  const text = prefixText === undefined ? network : `${network}/${prefix}`;
  return { kind: 'subnet', text, network, prefix, family: version === 6 ? 'ipv6' : 'ipv4' };
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
/** A last label like this makes URL parsers read the host as an IPv4 address. */
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/;

/** Lower-case ASCII (punycode) without a trailing dot, as `URL.hostname` spells it. */
function normaliseHostName(host: string): string | undefined {
  const ascii = domainToASCII(host.replace(/\.$/, '')).toLowerCase();
  if (ascii === '' || ascii.length > 253) return undefined;
  const labels = ascii.split('.');
  const last = labels[labels.length - 1] ?? '';
  if (!labels.every((label) => LABEL.test(label)) || NUMERIC_LABEL.test(last)) return undefined;
  return ascii;
}
