import { describe, expect, it } from 'vitest';
import { findTier, TIERS } from './tiers';

describe('findTier', () => {
  it.each([
    ['free', 'Free', 1_000],
    ['pro', 'Pro', 100_000],
    ['team', 'Team', 1_000_000],
    ['enterprise', 'Enterprise', null],
  ])('finds %s', (id, label, allowance) => {
    expect(findTier(id)).toMatchObject({ id, label, monthlyAllowance: allowance });
  });

  it.each(['PRO', 'Pro', ' pro ', '\tpro\n'])('matches %j case-insensitively, ignoring surrounding spaces', (text) => {
    expect(findTier(text)?.id).toBe('pro');
  });

  it.each(['platinum', '', ' ', 'pr o', 'professional', 'pro+', 'enterprise-plus'])('does not know %j', (text) => {
    expect(findTier(text)).toBeNull();
  });

  it('gives null for a null account type', () => {
    expect(findTier(null)).toBeNull();
  });

  it('returns the tier objects of TIERS', () => {
    for (const tier of TIERS) expect(findTier(tier.id)).toBe(tier);
  });

  it('lists the four tiers in ascending order of allowance, enterprise last', () => {
    expect(TIERS.map((t) => t.id)).toEqual(['free', 'pro', 'team', 'enterprise']);
    const published = TIERS.flatMap((t) => (t.monthlyAllowance === null ? [] : [t.monthlyAllowance]));
    expect(published).toEqual([...published].sort((a, b) => a - b));
  });
});
