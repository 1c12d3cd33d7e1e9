/**
 * The enum values of lib/schema.ts as plain arrays, for browser code that
 * must not pull zod into its bundle. lib/schema-enums.test.ts keeps them equal.
 */
export const EventType = ['call', 'meeting', 'statement', 'visit', 'agreement'] as const;
export const EventStatus = ['happened', 'ongoing', 'planned', 'cancelled', 'denied'] as const;
