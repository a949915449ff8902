import { describe, expect, it } from 'vitest';
import { insecureBaseUrlWarning, parseBaseUrl } from './base-url';

const ORIGIN = 'http://localhost:5173';

const ok = (input: string, origin = ORIGIN) => {
  const result = parseBaseUrl(input, origin);
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.url;
};

const refused = (input: string) => {
  const result = parseBaseUrl(input, ORIGIN);
  if (result.ok) throw new Error(`expected a refusal, got ${result.url}`);
  return result.message;
};

describe('parseBaseUrl', () => {
  it('accepts an https URL as is', () => {
    expect(ok('https://api.mixpeek.com')).toBe('https://api.mixpeek.com');
  });

  it('accepts http (a local stub API)', () => {
    expect(ok('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
  });

  it('removes trailing slashes', () => {
    expect(ok('https://api.mixpeek.com/')).toBe('https://api.mixpeek.com');
    expect(ok('https://api.mixpeek.com///')).toBe('https://api.mixpeek.com');
    expect(ok('https://example.test/api/')).toBe('https://example.test/api');
  });

  it('keeps a path', () => {
    expect(ok('https://gateway.example/mixpeek/v0')).toBe('https://gateway.example/mixpeek/v0');
  });

  it('trims surrounding whitespace', () => {
    expect(ok('  https://api.mixpeek.com \n')).toBe('https://api.mixpeek.com');
  });

  it('normalizes the scheme and host to lower case and drops a default port', () => {
    expect(ok('HTTPS://API.Mixpeek.COM:443')).toBe('https://api.mixpeek.com');
  });

  it('keeps a non-default port', () => {
    expect(ok('https://api.mixpeek.com:8443/x')).toBe('https://api.mixpeek.com:8443/x');
  });

  it('resolves a path against the origin (the same-origin proxy)', () => {
    expect(ok('/mixpeek-api')).toBe('http://localhost:5173/mixpeek-api');
    expect(ok('/mixpeek-api/', 'https://dash.example.com')).toBe('https://dash.example.com/mixpeek-api');
  });

  it('resolves "/" to the origin itself', () => {
    expect(ok('/')).toBe('http://localhost:5173');
  });

  it('does not treat a protocol-relative URL as a path on this origin', () => {
    expect(refused('//evil.example/api')).toMatch(/is not a URL/);
  });

  it.each([
    'ftp://files.example.com',
    'javascript:alert(1)',
    'data:text/plain,hi',
    'file:///etc/passwd',
    'ws://x.example',
  ])('refuses the scheme of %s', (input) => {
    expect(refused(input)).toMatch(/must start with http:\/\/ or https:\/\//);
  });

  it('names the refused scheme', () => {
    expect(refused('ftp://files.example.com')).toContain('(got ftp:)');
  });

  it.each(['https://user:secret@api.mixpeek.com', 'https://user@api.mixpeek.com', 'https://:pw@api.mixpeek.com'])(
    'refuses credentials in %s',
    (input) => {
      expect(refused(input)).toBe('The API base URL must not contain a user name or password.');
    },
  );

  it.each(['https://api.mixpeek.com/?key=1', 'https://api.mixpeek.com#top', '/mixpeek-api?x=1', '/mixpeek-api#x'])(
    'refuses the query or fragment in %s',
    (input) => {
      expect(refused(input)).toBe('The API base URL must not contain a query (?) or fragment (#).');
    },
  );

  it.each(['not a url', 'api.mixpeek.com', 'https://', 'http://exa mple.com', '::::'])(
    'refuses %j as not a URL',
    (input) => {
      expect(refused(input)).toBe(`"${input}" is not a URL. Use the form https://api.mixpeek.com.`);
    },
  );

  it.each(['', '   ', '\n'])('refuses the empty input %j', (input) => {
    expect(refused(input)).toBe('Enter the API base URL, for example https://api.mixpeek.com.');
  });

  it('gives URLs that never end in a slash and contain no query, fragment or credentials', () => {
    for (const input of ['https://a.example/', 'https://a.example/b//', '/p/', 'http://[::1]:8080/']) {
      const url = ok(input);
      expect(url.endsWith('/')).toBe(false);
      expect(url).not.toMatch(/[?#@]/);
      expect(new URL(url).origin).toBe(url.replace(/(\/\/[^/]+).*/, '$1'));
    }
  });
});

describe('insecureBaseUrlWarning', () => {
  it('warns about plain http to another machine only', () => {
    expect(insecureBaseUrlWarning('http://api.example.com')).toContain('unencrypted');
    expect(insecureBaseUrlWarning('http://10.0.0.5:8080')).toContain('10.0.0.5:8080');
    expect(insecureBaseUrlWarning('https://api.example.com')).toBeNull();
    expect(insecureBaseUrlWarning('http://localhost:4010')).toBeNull();
    expect(insecureBaseUrlWarning('http://127.0.0.1:4010')).toBeNull();
    expect(insecureBaseUrlWarning('http://app.localhost')).toBeNull();
  });
});
