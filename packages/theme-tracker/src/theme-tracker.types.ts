/** `list`: one list of themes; `board`: a column per status. */
export type ThemeTrackerLayout = 'list' | 'board';

/**
 * The order of the themes: `priority` (most votes first, then by status: active, proposed, paused,
 * completed; then the agreed priority), `title`, or `updated` (latest update first).
 */
export type ThemeSort = 'priority' | 'title' | 'updated';

/** Vote counts per theme id, as the host page knows them (for example from its endpoint). */
export type ThemeVotes = Record<string, number>;
