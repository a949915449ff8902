import { describe, expect, it } from 'vitest';
import { allowedApiOrigins, connectRefusal, contentSecurityPolicy } from './csp';
import { readConfig } from './env';

describe('contentSecurityPolicy', () => {
  it('allows scripts, styles and connections only where the build says, and no inline script', () => {
    const policy = contentSecurityPolicy({ VITE_MIXPEEK_API_URL: 'http://127.0.0.1:4010' });
    const directives = Object.fromEntries(
      policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['style-src']).toBe("'self'");
    expect(directives['img-src']).toBe("'self' data: blob:");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(directives['connect-src']).toBe("'self' https://api.mixpeek.com http://127.0.0.1:4010");
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('allowedApiOrigins', () => {
  it('always has the public API, adds the configured URL and extras, without duplicates', () => {
    expect(allowedApiOrigins({})).toEqual(['https://api.mixpeek.com']);
    expect(
      allowedApiOrigins({
        VITE_MIXPEEK_API_URL: 'https://eu.api.example/v2',
        VITE_CSP_CONNECT_SRC: 'https://a.example, https://b.example https://api.mixpeek.com',
      }),
    ).toEqual(['https://api.mixpeek.com', 'https://eu.api.example', 'https://a.example', 'https://b.example']);
  });

  it('adds nothing for a relative (same-origin proxy) URL or junk', () => {
    expect(
      allowedApiOrigins({ VITE_MIXPEEK_API_URL: '/mixpeek-api', VITE_CSP_CONNECT_SRC: 'not a url ftp://x' }),
    ).toEqual(['https://api.mixpeek.com']);
  });
});

describe('connectRefusal', () => {
  const allowed = ['https://api.mixpeek.com'];
  it('lets the page call the allowed origins and its own', () => {
    expect(connectRefusal('https://api.mixpeek.com', 'https://app.example', allowed)).toBeNull();
    expect(connectRefusal('https://app.example/mixpeek-api', 'https://app.example', allowed)).toBeNull();
  });
  it('names the setting to change for any other origin', () => {
    expect(connectRefusal('https://other.example/x', 'https://app.example', allowed)).toContain(
      'VITE_CSP_CONNECT_SRC=https://other.example',
    );
  });
});

describe('readConfig and the CSP', () => {
  it('applies the CSP list only to production builds', () => {
    expect(readConfig({ PROD: true }, 'https://app.example').allowedApiOrigins).toEqual(['https://api.mixpeek.com']);
    expect(readConfig({ PROD: false }, 'https://app.example').allowedApiOrigins).toBeNull();
  });
  it('warns about VITE_CSP_CONNECT_SRC entries that are not origins', () => {
    const { warnings } = readConfig({ VITE_CSP_CONNECT_SRC: 'https://ok.example api.bad.example' }, 'https://x');
    expect(warnings.join(' ')).toContain('api.bad.example');
    expect(warnings.join(' ')).not.toContain('ok.example');
  });
});
