interface ImportMetaEnv {
  /** Set by the story test projects so each run checks one theme. */
  readonly STORYBOOK_THEME?: string;
}
