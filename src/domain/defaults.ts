// The challenge's defaults, in one place: flags, config and cohort rules all read these.

/** Days in a challenge. */
export const DEFAULT_DAYS = 30;
/** Words a post needs when neither the writer nor the cohort says otherwise. */
export const DEFAULT_GOAL = 200;

/** Limits on numbers people type: a typo must not become a rule (or 1e+23 in a config). */
export const MAX_DAYS = 366;
export const MAX_GOAL = 100_000;
/** Words one post may claim (a post recorded by URL). */
export const MAX_POST_WORDS = 1_000_000;
/** A post file larger than this is not a post (a binary, a dump): refused before it is read as text. */
export const MAX_POST_BYTES = 32 * 1024 * 1024;
