import { describe, expect, it } from 'vitest';
import { addressCategory, isPublicAddress } from './public-address.js';

describe('isPublicAddress', () => {
  it('accepts public IPv4 and IPv6 addresses', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700::1111', '2001:4860:4860::8888']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['169.254.0.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['192.0.0.8', 'IETF protocol assignment'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['fc00::1', 'unique-local'],
    ['fd00:ec2::254', 'unique-local'],
    ['fec0::1', 'reserved'],
    ['100::1', 'reserved'],
    ['2001::1', 'Teredo tunnel'],
  ] as const)('refuses %s (%s)', (address, category) => {
    expect(addressCategory(address)).toBe(category);
    expect(isPublicAddress(address)).toBe(false);
  });

  it('keeps the neighbours of blocked ranges public', () => {
    for (const address of ['172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '198.17.255.255', '198.20.0.0', '223.255.255.255', '11.0.0.1']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it('judges IPv4-mapped IPv6 addresses by the IPv4 address inside', () => {
    expect(addressCategory('::ffff:127.0.0.1')).toBe('loopback');
    expect(addressCategory('::ffff:7f00:1')).toBe('loopback');
    expect(addressCategory('::ffff:169.254.169.254')).toBe('link-local');
    expect(addressCategory('::FFFF:10.0.0.5')).toBe('private');
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
  });

  it('judges NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses by the IPv4 address inside', () => {
    expect(addressCategory('64:ff9b::10.0.0.5')).toBe('private');
    expect(addressCategory('64:ff9b::a9fe:a9fe')).toBe('link-local');
    expect(isPublicAddress('64:ff9b::8.8.8.8')).toBe(true);
    expect(addressCategory('2002:7f00:1::')).toBe('loopback');
    expect(addressCategory('2002:c0a8:101::1')).toBe('private');
    expect(isPublicAddress('2002:808:808::1')).toBe(true);
  });

  it('refuses IPv6 forms that hide an IPv4 address without being translated to it', () => {
    expect(isPublicAddress('::127.0.0.1')).toBe(false);
    expect(isPublicAddress('::ffff:0:127.0.0.1')).toBe(false);
    expect(isPublicAddress('64:ff9b:1::808:808')).toBe(false);
  });

  it('is false for anything that is not an IP address', () => {
    for (const value of ['', 'example.com', 'localhost', '1.2.3', '256.0.0.1', '[::1]', '0x7f.1', '8.8.8.8/32']) {
      expect(isPublicAddress(value), value).toBe(false);
      expect(addressCategory(value), value).toBe('invalid');
    }
  });
});
