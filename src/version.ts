declare const WOTN_VERSION: string | undefined;

/** Set by the build from package.json. */
export const VERSION = typeof WOTN_VERSION === 'string' ? WOTN_VERSION : '0.0.0-dev';
