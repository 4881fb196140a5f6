// Built-in presets for `extends`. Every rule runs at its default severity unless a config says
// otherwise, so `recommended` is that baseline, named so configs can say it out loud.
export const PRESETS: Record<string, Record<string, unknown>> = {
  recommended: {},
  // For content repos that link to intranets or run CI without network.
  offline: { links: false },
};
