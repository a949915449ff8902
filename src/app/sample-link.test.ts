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

  it('opens the sample of a prerendered page, with or without the trailing slash, and returns to the root', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/sample/free-low/?x=1#top'), replace)).toBe(true);
    expect(replace).toHaveBeenLastCalledWith('/?x=1#top');
    expect(workspaceStore.get()).toEqual({ sessions: [{ kind: 'sample', sampleId: 'free-low' }], active: 0 });
    expect(openSampleFromUrl(new URL('https://app.example/sample/team'), replace)).toBe(true);
    expect(replace).toHaveBeenLastCalledWith('/');
    expect(workspaceStore.get()?.sessions.at(-1)).toEqual({ kind: 'sample', sampleId: 'team' });
    expect(openSampleFromUrl(new URL('https://app.example/sample/enterprise/index.html'), replace)).toBe(true);
    expect(replace).toHaveBeenLastCalledWith('/');
    expect(workspaceStore.get()?.sessions.at(-1)).toEqual({ kind: 'sample', sampleId: 'enterprise' });
  });

  it('leaves other paths alone, and ignores an unknown sample page', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/sample/x/y'), replace)).toBe(false);
    expect(openSampleFromUrl(new URL('https://app.example/samples/team/'), replace)).toBe(false);
    expect(openSampleFromUrl(new URL('https://app.example/sample/team/other.html'), replace)).toBe(false);
    expect(replace).not.toHaveBeenCalled();
    expect(openSampleFromUrl(new URL('https://app.example/sample/nope/'), replace)).toBe(false);
    expect(openSampleFromUrl(new URL('https://app.example/sample/%E0%A4%A/'), replace)).toBe(false);
    expect(replace).toHaveBeenCalledWith('/');
    expect(workspaceStore.get()).toBeNull();
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
