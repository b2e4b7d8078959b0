/** @rnswd/theme-tracker: `<rnswd-theme-tracker>` (import `@rnswd/theme-tracker/define.js` to define the tag). */
export { RnswdThemeTracker } from './theme-tracker.js';
export { ThemeSelectEvent } from './events.js';
export type { ThemeSelectDetail } from './events.js';
export { THEME_TRACKER_MESSAGES } from './messages.js';
export type { ThemeSort, ThemeTrackerLayout, ThemeVotes } from './theme-tracker.types.js';
