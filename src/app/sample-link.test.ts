import { describe, expect, it, vi } from 'vitest';
import { workspaceStore } from '@/features/session/model/session';
import { openSampleFromUrl } from './sample-link';

describe('openSampleFromUrl', () => {
  it('opens a known sample and removes the parameter from the address', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/?sample=team&x=1#top'), replace)).toBe(true);
    expect(replace).toHaveBeenCalledWith('/?x=1#top');
    expect(workspaceStore.get()).toEqual({ sessions: [{ kind: 'sample', sampleId: 'team' }], active: 0 });
  });

  it('ignores an unknown sample (still cleaning the address) and a URL without one', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/?sample=nope'), replace)).toBe(false);
    expect(replace).toHaveBeenCalledWith('/');
    expect(openSampleFromUrl(new URL('https://app.example/'), replace)).toBe(false);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(workspaceStore.get()).toBeNull();
  });
});
