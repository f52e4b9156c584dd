import { describe, expect, it } from 'vitest';
import { isPrivateAddress, RefusedAddress, resolvePublicAddress } from './address-guard.ts';

describe('the webhook address guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses a name that resolves to loopback, unless private addresses are allowed', async () => {
    await expect(resolvePublicAddress('localhost', false)).rejects.toBeInstanceOf(RefusedAddress);
    await expect(resolvePublicAddress('[::1]', false)).rejects.toThrow(/loopback, private/);
    await expect(resolvePublicAddress('127.0.0.1', true)).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
  });
});
