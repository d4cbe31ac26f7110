// The one Content-Security-Policy for our pages: sent as a response header by the app:// protocol and the web host.
// Styles allow 'unsafe-inline' because Mantine sets style attributes and injects its CSS variables at runtime.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
