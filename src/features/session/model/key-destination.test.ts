import { describe, expect, it } from 'vitest';
import { keyDestination } from './key-destination';

const context = {
  pageOrigin: 'https://dash.example.com',
  proxyUrl: 'https://dash.example.com/tools/mixpeek/mixpeek-api',
  proxyTarget: 'https://api.mixpeek.com',
};

describe('keyDestination', () => {
  it('names the proxy and where it forwards to', () => {
    expect(keyDestination(context.proxyUrl, context)).toBe("through this site's proxy to api.mixpeek.com");
    expect(keyDestination(context.proxyUrl, { ...context, proxyTarget: 'http://127.0.0.1:4010' })).toBe(
      "through this site's proxy to 127.0.0.1:4010",
    );
  });

  it('says "directly" for another origin, and names a path of this site that is not the proxy', () => {
    expect(keyDestination('https://api.mixpeek.com', context)).toBe('directly to api.mixpeek.com');
    expect(keyDestination('https://dash.example.com/other-api', context)).toBe('to this site (/other-api)');
  });

  it('does not take a path that only starts like the proxy for the proxy', () => {
    expect(keyDestination(`${context.proxyUrl}-evil`, context)).toBe('to this site (/tools/mixpeek/mixpeek-api-evil)');
  });
});
