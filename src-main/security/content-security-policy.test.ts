// The policy's strict parts, directive by directive: only our own scripts, no eval, no plugins, no framing, no
// foreign connections. (That it is actually sent is tested in app-protocol.test.ts and web-host-server.test.ts.)
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    return [name!, sources] as const;
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it("allows scripts only from the app itself: script-src 'self', no inline, no eval", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const sources of directives.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'wasm-unsafe-eval'");
    }
  });

  it('shuts plugins, base-URL tricks, form posts and framing off', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no foreign origin, wildcard or whole scheme anywhere (data: and blob: only for images and fonts)', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source).not.toMatch(/\*|^https?:|^wss?:|^file:|^filesystem:/);
        if (source === 'data:' || source === 'blob:') expect(['img-src', 'font-src']).toContain(name);
      }
    }
  });

  it('has each directive once', () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});
