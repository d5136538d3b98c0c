/**
 * The portal's narrow door for other modules, actor-free: `(db | tx, input) → result`. No other workspace
 * calls the portal today (its figures reach the report through its statistics), so the door is empty; a
 * cross-module call, when one is needed, is added here rather than by exporting a use case.
 */
export const portalApi = {} as const;
