// The challenge's defaults, in one place: flags, config and cohort rules all read these.

/** Days in a challenge. */
export const DEFAULT_DAYS = 30;
/** Words a post needs when neither the writer nor the cohort says otherwise. */
export const DEFAULT_GOAL = 200;
