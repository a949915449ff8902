import { describe, expect, it, vi } from 'vitest';
import { workspaceStore } from '@/features/session/model/session';
import { openSampleFromUrl, sampleLinkNotice } from './sample-link';

describe('openSampleFromUrl', () => {
  it('opens a known sample and removes the parameter from the address', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/?sample=team&x=1#top'), replace)).toMatchObject({
      kind: 'opened',
    });
    expect(replace).toHaveBeenCalledWith('/?x=1#top');
    expect(workspaceStore.get()).toEqual({ sessions: [{ kind: 'sample', sampleId: 'team' }], active: 0 });
  });

  it('opens the sample of a prerendered page, with or without the trailing slash, and returns to the root', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/sample/free-low/?x=1#top'), replace)).toMatchObject({
      kind: 'opened',
    });
    expect(replace).toHaveBeenLastCalledWith('/?x=1#top');
    expect(workspaceStore.get()).toEqual({ sessions: [{ kind: 'sample', sampleId: 'free-low' }], active: 0 });
    expect(openSampleFromUrl(new URL('https://app.example/sample/team'), replace)).toMatchObject({ kind: 'opened' });
    expect(replace).toHaveBeenLastCalledWith('/');
    expect(workspaceStore.get()?.sessions.at(-1)).toEqual({ kind: 'sample', sampleId: 'team' });
    expect(openSampleFromUrl(new URL('https://app.example/sample/enterprise/index.html'), replace)).toMatchObject({
      kind: 'opened',
    });
    expect(replace).toHaveBeenLastCalledWith('/');
    expect(workspaceStore.get()?.sessions.at(-1)).toEqual({ kind: 'sample', sampleId: 'enterprise' });
  });

  it('leaves other paths alone, and ignores an unknown sample page', () => {
    const replace = vi.fn();
    for (const path of ['/sample/x/y', '/samples/team/', '/sample/team/other.html']) {
      expect(openSampleFromUrl(new URL(path, 'https://app.example'), replace)).toEqual({ kind: 'none' });
    }
    expect(replace).not.toHaveBeenCalled();
    expect(openSampleFromUrl(new URL('https://app.example/sample/nope/'), replace)).toMatchObject({ kind: 'unknown' });
    expect(openSampleFromUrl(new URL('https://app.example/sample/%E0%A4%A/'), replace)).toMatchObject({
      kind: 'unknown',
    });
    expect(replace).toHaveBeenCalledWith('/');
    expect(workspaceStore.get()).toBeNull();
  });

  it('ignores an unknown sample (still cleaning the address) and a URL without one', () => {
    const replace = vi.fn();
    expect(openSampleFromUrl(new URL('https://app.example/?sample=nope'), replace)).toEqual({
      kind: 'unknown',
      sampleId: 'nope',
    });
    expect(replace).toHaveBeenCalledWith('/');
    expect(openSampleFromUrl(new URL('https://app.example/'), replace)).toEqual({ kind: 'none' });
    expect(replace).toHaveBeenCalledTimes(1);
    expect(workspaceStore.get()).toBeNull();
  });

  it('says so on the key screen when a link names a sample that does not exist', () => {
    expect(sampleLinkNotice({ kind: 'none' })).toBeNull();
    expect(sampleLinkNotice({ kind: 'opened', sampleId: 'team' })).toBeNull();
    const notice = sampleLinkNotice({ kind: 'unknown', sampleId: 'nope' });
    expect(notice?.title).toBe('No such sample organization');
    expect(notice?.message).toContain('"nope"');
    // A long id from the address is cut, not shown whole.
    expect(sampleLinkNotice({ kind: 'unknown', sampleId: 'x'.repeat(500) })?.message).toContain(`"${'x'.repeat(40)}…"`);
  });
});
